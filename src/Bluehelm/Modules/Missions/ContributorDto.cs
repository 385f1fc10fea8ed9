namespace Bluehelm.Modules.Missions;

/// <summary>A contributing country at a site.</summary>
public sealed record ContributorDto(string Name, string? Iso2, int? Troops);
