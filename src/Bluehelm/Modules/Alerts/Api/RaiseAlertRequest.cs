using Bluehelm.Modules.Alerts.Contracts;
using System.ComponentModel.DataAnnotations;

namespace Bluehelm.Modules.Alerts;

/// <summary>
/// An alert sent to <c>POST /api/v1/alerts</c>. Enum fields take only their defined values
/// (<see cref="EnumDataTypeAttribute"/>): JSON binds any number, and an undefined severity would sort
/// above critical alerts on the board and be written to exports the import refuses.
/// </summary>
public sealed record RaiseAlertRequest(
    [property: Required, MaxLength(16)] string? Mission,
    DateTimeOffset? ReceivedAt,
    [property: EnumDataType(typeof(AlertChannel))] AlertChannel? Channel,
    [property: Range(-90.0, 90.0)] double? Latitude,
    [property: Range(-180.0, 180.0)] double? Longitude,
    [property: MaxLength(200)] string? PlaceName,
    [property: Required, EnumDataType(typeof(ThreatType))] ThreatType? ThreatType,
    [property: Required, EnumDataType(typeof(Severity))] Severity? Severity,
    [property: Range(0, 10_000_000)] int? PeopleAtRisk,
    [property: Range(0, 10_000_000)] int? Women,
    [property: Range(0, 10_000_000)] int? Children,
    [property: Range(0, 10_000_000)] int? Displaced,
    [property: Required, MaxLength(4000)] string? Description,
    [property: MaxLength(8)] string? Language,
    ReporterInput? Reporter);
