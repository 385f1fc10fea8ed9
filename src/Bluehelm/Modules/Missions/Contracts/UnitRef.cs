namespace Bluehelm.Modules.Missions.Contracts;

/// <summary>
/// A unit as other modules know it: its type (infantry, engineering, medical, ...), strength and,
/// when known, the site it is deployed at (so a dispatcher can rank units by distance).
/// </summary>
public sealed record UnitRef(Guid Id, Guid MissionId, string Name, string? ContributingCountryIso2, string Type = "", int Strength = 0, SiteRef? Site = null);
