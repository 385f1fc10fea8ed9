namespace Bluehelm.Modules.Alerts;

/// <summary>A notification for a mission's JOC (an alert gone overdue), until someone acknowledges it.</summary>
public sealed record JocNotice(Guid Id, Guid MissionId, Guid AlertId, string Kind, DateTimeOffset CreatedAt);
