using Bluehelm.Modules.Alerts.Contracts;

namespace Bluehelm.Modules.Alerts;

/// <summary>An alert in a list.</summary>
public sealed record AlertSummary(
    Guid Id, string Mission, DateTimeOffset ReceivedAt, AlertChannel Channel, ThreatType ThreatType, Severity Severity, AlertStatus Status,
    string? PlaceName, double? Latitude, double? Longitude, int? PrioGridGid, string? NearestSite, double? NearestSiteDistanceKm,
    int? PeopleAtRisk, DateTimeOffset DispatchDueAt, bool Overdue, bool OutsideHostCountry = false);
