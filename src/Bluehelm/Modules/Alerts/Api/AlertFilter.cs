using Bluehelm.Modules.Alerts.Contracts;

namespace Bluehelm.Modules.Alerts;

/// <summary>Filters of the alert list (all optional).</summary>
public sealed record AlertFilter(
    string? Mission = null, AlertStatus? Status = null, Severity? Severity = null, ThreatType? ThreatType = null,
    DateTimeOffset? From = null, DateTimeOffset? To = null, double? South = null, double? West = null, double? North = null, double? East = null,
    bool OpenOnly = false);
