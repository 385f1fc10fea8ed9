namespace Bluehelm.Modules.Alerts;

/// <summary>How an alert reached the mission.</summary>
public enum AlertChannel
{
    Web = 1,
    Api = 2,
    Sms = 3,
    Cap = 4,
    Csv = 5,
    Phone = 6,
    Other = 7,
}
