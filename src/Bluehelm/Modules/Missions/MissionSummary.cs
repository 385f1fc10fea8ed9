namespace Bluehelm.Modules.Missions;

/// <summary>A mission in a list.</summary>
public sealed record MissionSummary(string Code, string NameEn, string NameFr, string? HostCountryIso2, string WorkingLanguages, DateOnly? StartDate, DateOnly? EndDate, int Sites);
