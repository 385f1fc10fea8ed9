namespace Bluehelm.Platform.Audit;

/// <summary>One audit entry as the API shows it.</summary>
public sealed record AuditEntryDto(Guid Id, DateTimeOffset At, string Actor, string Action, string EntityType, string? EntityId, string? Details, string? Origin);
