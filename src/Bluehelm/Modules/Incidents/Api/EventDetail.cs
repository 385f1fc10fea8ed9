using Bluehelm.Modules.Alerts.Contracts;

namespace Bluehelm.Modules.Incidents;

/// <summary>Every field of an event, its provenance (dataset, version, source id, row, and the file import) and, for a Bluehelm event, its incident.</summary>
public sealed record EventDetail(
    Guid Id,
    EventSource Source,
    string Dataset,
    string? DatasetVersion,
    string SourceId,
    int? RowNumber,
    EventProvenance? Import,
    DateOnly DateStart,
    DateOnly DateEnd,
    DatePrecision DatePrecision,
    double Latitude,
    double Longitude,
    int? GeoPrecision,
    string? CountryIso2,
    string? Admin1,
    string? Admin2,
    string? Locality,
    int PrioGridGid,
    ThreatType Threat,
    bool AgainstCivilians,
    string? SourceType,
    string? SourceSubType,
    bool? CivilianTargeting,
    string? Actor1,
    string? Actor2,
    int Fatalities,
    int? FatalitiesLow,
    int? FatalitiesHigh,
    int? CivilianDeaths,
    string? Notes,
    string? Mission,
    Guid? AlertId,
    IncidentDto? Incident);
