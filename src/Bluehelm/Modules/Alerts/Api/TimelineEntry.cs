namespace Bluehelm.Modules.Alerts;

/// <summary>One timeline entry.</summary>
public sealed record TimelineEntry(DateTimeOffset At, AlertEventKind Kind, AlertStatus? From, AlertStatus? To, string Actor, string? Note, Guid? RelatedAlertId);
