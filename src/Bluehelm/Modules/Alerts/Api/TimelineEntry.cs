namespace Bluehelm.Modules.Alerts;

/// <summary>One timeline entry; <paramref name="ActorUserId"/> is the signed-in user who acted (null for a gateway, an import, the escalation job).</summary>
public sealed record TimelineEntry(DateTimeOffset At, AlertEventKind Kind, AlertStatus? From, AlertStatus? To, string Actor, string? Note, Guid? RelatedAlertId, Guid? ActorUserId = null);
