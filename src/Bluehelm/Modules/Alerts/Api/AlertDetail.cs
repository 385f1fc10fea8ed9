using Bluehelm.Modules.Alerts.Contracts;

namespace Bluehelm.Modules.Alerts;

/// <summary>An alert with its whole timeline and responses.</summary>
public sealed record AlertDetail(
    Guid Id, string Mission, DateTimeOffset ReceivedAt, DateTimeOffset RecordedAt, AlertChannel Channel, ThreatType ThreatType, Severity Severity,
    AlertStatus Status, string? PlaceName, double? Latitude, double? Longitude, int? PrioGridGid, Guid? NearestSiteId, string? NearestSite,
    double? NearestSiteDistanceKm, int? PeopleAtRisk, int? Women, int? Children, int? Displaced, string Description, string Language,
    ReporterDto? Reporter, Guid? DuplicateOf, DateTimeOffset? TriagedAt, DateTimeOffset? DispatchedAt, DateTimeOffset? OnSceneAt,
    DateTimeOffset? ClosedAt, DateTimeOffset DispatchDueAt, DateTimeOffset? OverdueSince, int Version,
    IReadOnlyList<AlertStatus> NextStatuses, IReadOnlyList<TimelineEntry> Timeline, IReadOnlyList<ResponseDto> Responses,
    bool OutsideHostCountry = false);
