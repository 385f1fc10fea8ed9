using Bluehelm.Modules.Alerts.Contracts;
using Bluehelm.Modules.Missions.Contracts;

namespace Bluehelm.Modules.Alerts;

/// <summary>A new alert from any intake path, already validated for shape.</summary>
internal sealed record NewAlert(
    MissionRef Mission,
    DateTimeOffset ReceivedAt,
    AlertChannel Channel,
    double? Latitude,
    double? Longitude,
    string? PlaceName,
    ThreatType ThreatType,
    Severity Severity,
    int? PeopleAtRisk,
    int? Women,
    int? Children,
    int? Displaced,
    string Description,
    string? Language,
    string? ReporterName,
    string? ReporterPhone);
