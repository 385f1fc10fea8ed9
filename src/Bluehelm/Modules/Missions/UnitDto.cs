namespace Bluehelm.Modules.Missions;

/// <summary>A unit (demo units are flagged).</summary>
public sealed record UnitDto(Guid Id, string Name, string Type, string? ContributingCountryIso2, int Strength, int Women, string Languages, bool IsDemo, Guid? SiteId);
