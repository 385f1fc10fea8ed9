namespace Bluehelm.Modules.Alerts.Contracts;

/// <summary>An alert as other modules may know it: where, when, what, and whether it is resolved.</summary>
public sealed record AlertRef(
    Guid Id,
    Guid MissionId,
    DateTimeOffset ReceivedAt,
    ThreatType Threat,
    bool Resolved,
    double? Latitude,
    double? Longitude,
    int? PrioGridGid,
    string? PlaceName,
    string Description);
