namespace Bluehelm.Modules.Missions;

/// <summary>A member state with names in both languages.</summary>
public sealed record MemberStateDto(string Iso2, string Iso3, string NameEn, string NameFr, bool Francophone);
