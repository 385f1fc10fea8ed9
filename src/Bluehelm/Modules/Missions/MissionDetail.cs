namespace Bluehelm.Modules.Missions;

/// <summary>A mission with its mandate and sites.</summary>
public sealed record MissionDetail(
    string Code, string NameEn, string NameFr, string? HostCountryIso2, string WorkingLanguages, DateOnly? StartDate, DateOnly? EndDate,
    string? HeadquartersName, double? HeadquartersLatitude, double? HeadquartersLongitude,
    IReadOnlyList<MandateDto> Mandates, IReadOnlyList<SiteSummary> Sites);
