using Bluehelm.Modules.Alerts.Contracts;

namespace Bluehelm.Modules.EarlyWarning.Warnings;

/// <summary>
/// A received CAP alert's urgency and severity as a Bluehelm alert's severity (which sets its response target):
/// <code>
///                  Immediate  Expected  Future/Past/Unknown
///   Extreme        Critical   Critical  High
///   Severe         Critical   High      Medium
///   Moderate       High       Medium    Medium
///   Minor          Medium     Low       Low
///   Unknown        High       Medium    Medium
/// </code>
/// An immediate threat is never below Medium; "Unknown" severity is taken as Moderate (not ignored).
/// </summary>
internal static class CapSeverityMap
{
    public static IntakeSeverity ToAlert(string? urgency, string? severity)
    {
        var u = Enum.TryParse<CapUrgency>(urgency, ignoreCase: false, out var pu) ? pu : CapUrgency.Unknown;
        var s = Enum.TryParse<CapSeverity>(severity, ignoreCase: false, out var ps) ? ps : CapSeverity.Unknown;
        return (s, u) switch
        {
            (CapSeverity.Extreme, CapUrgency.Immediate or CapUrgency.Expected) => IntakeSeverity.Critical,
            (CapSeverity.Extreme, _) => IntakeSeverity.High,
            (CapSeverity.Severe, CapUrgency.Immediate) => IntakeSeverity.Critical,
            (CapSeverity.Severe, CapUrgency.Expected) => IntakeSeverity.High,
            (CapSeverity.Severe, _) => IntakeSeverity.Medium,
            (CapSeverity.Minor, CapUrgency.Immediate) => IntakeSeverity.Medium,
            (CapSeverity.Minor, _) => IntakeSeverity.Low,
            (_, CapUrgency.Immediate) => IntakeSeverity.High,
            _ => IntakeSeverity.Medium,
        };
    }
}
