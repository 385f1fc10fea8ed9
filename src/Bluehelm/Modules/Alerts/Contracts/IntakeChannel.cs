namespace Bluehelm.Modules.Alerts.Contracts;

/// <summary>The channels another module may raise alerts through: CAP 1.2 alerts received from other systems.</summary>
public enum IntakeChannel
{
    Cap = 4,
}
