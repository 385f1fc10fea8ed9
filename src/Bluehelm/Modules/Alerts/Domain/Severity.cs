namespace Bluehelm.Modules.Alerts;

/// <summary>Severity, which sets the response target.</summary>
public enum Severity
{
    Critical = 1,
    High = 2,
    Medium = 3,
    Low = 4,
}
