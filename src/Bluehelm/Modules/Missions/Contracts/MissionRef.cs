namespace Bluehelm.Modules.Missions.Contracts;

/// <summary>A mission as other modules know it.</summary>
public sealed record MissionRef(Guid Id, string Code, string NameEn, string NameFr, string? HostCountryIso2 = null, bool Current = true);
