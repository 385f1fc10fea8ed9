namespace Bluehelm.Modules.Missions;

/// <summary>A deployment site with its latest known figures.</summary>
public sealed record SiteSummary(Guid Id, string Name, double Latitude, double Longitude, int PrioGridGid, int FirstYear, int LastYear, int? LatestTroops, int Headquarters);
