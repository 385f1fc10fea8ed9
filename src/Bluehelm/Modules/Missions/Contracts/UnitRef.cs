namespace Bluehelm.Modules.Missions.Contracts;

/// <summary>A unit as other modules know it.</summary>
public sealed record UnitRef(Guid Id, Guid MissionId, string Name, string? ContributingCountryIso2);
