namespace Bluehelm.Modules.Alerts;

/// <summary>Where an alert is in its lifecycle.</summary>
public enum AlertStatus
{
    Received = 1,
    Triaged = 2,
    Dispatched = 3,
    OnScene = 4,
    Resolved = 5,
    FalseAlarm = 6,
    Duplicate = 7,
}
