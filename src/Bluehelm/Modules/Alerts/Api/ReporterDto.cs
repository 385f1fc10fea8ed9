namespace Bluehelm.Modules.Alerts;

/// <summary>The reporter, present only for roles that may see it.</summary>
public sealed record ReporterDto(string? Name, string? Phone);
