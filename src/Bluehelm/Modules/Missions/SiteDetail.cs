namespace Bluehelm.Modules.Missions;

/// <summary>A site with its history by year.</summary>
public sealed record SiteDetail(
    Guid Id, string MissionCode, string Name, double Latitude, double Longitude, int PrioGridGid, int FirstYear, int LastYear,
    IReadOnlyList<SiteYearDto> Years, IReadOnlyList<UnitDto> Units);
