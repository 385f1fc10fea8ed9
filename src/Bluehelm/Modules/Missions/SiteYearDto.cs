namespace Bluehelm.Modules.Missions;

/// <summary>One year at a site: the largest deployment of the year's maps, unit types present and contributors.</summary>
public sealed record SiteYearDto(int Year, int Troops, int Police, int MilitaryObservers, int Headquarters, IReadOnlyList<string> UnitTypes, IReadOnlyList<ContributorDto> Contributors);
