namespace Bluehelm.Platform.Audit;

/// <summary>A page of audit entries, newest first; pass <c>before</c> = <see cref="NextBefore"/> for the next page.</summary>
public sealed record AuditPage(IReadOnlyList<AuditEntryDto> Items, Guid? NextBefore);
