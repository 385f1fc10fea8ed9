namespace Bluehelm.Modules.Alerts;

/// <summary>A page of alerts; pass <c>after</c> = <see cref="Next"/> for the next one.</summary>
public sealed record AlertPage(IReadOnlyList<AlertSummary> Items, string? Next);
