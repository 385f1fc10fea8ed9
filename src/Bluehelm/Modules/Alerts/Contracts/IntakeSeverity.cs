namespace Bluehelm.Modules.Alerts.Contracts;

/// <summary>The severity of an alert raised through <see cref="IAlertIntake"/> (the same four levels as every alert's).</summary>
public enum IntakeSeverity
{
    Critical = 1,
    High = 2,
    Medium = 3,
    Low = 4,
}
