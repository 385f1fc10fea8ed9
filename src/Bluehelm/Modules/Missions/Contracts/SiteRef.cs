namespace Bluehelm.Modules.Missions.Contracts;

/// <summary>A deployment site as other modules know it.</summary>
public sealed record SiteRef(Guid Id, string Name, double Latitude, double Longitude, int LastYear);
