namespace Bluehelm.Modules.Missions.Contracts;

/// <summary>The nearest site still in use and its great-circle distance in kilometres.</summary>
public sealed record NearestSite(SiteRef Site, double DistanceKm);
