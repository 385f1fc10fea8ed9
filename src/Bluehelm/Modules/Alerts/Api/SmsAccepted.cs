namespace Bluehelm.Modules.Alerts;

/// <summary>What the gateway is told: the alert the message created or was attached to.</summary>
public sealed record SmsAccepted(Guid AlertId, bool Reply, bool Replayed);
