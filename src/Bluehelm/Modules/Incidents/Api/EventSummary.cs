using Bluehelm.Modules.Alerts.Contracts;

namespace Bluehelm.Modules.Incidents;

/// <summary>An event as lists show it: when (and how precisely), where, what in both vocabularies, how deadly, from where.</summary>
public sealed record EventSummary(
    Guid Id,
    DateOnly DateStart,
    DateOnly DateEnd,
    DatePrecision DatePrecision,
    double Latitude,
    double Longitude,
    string? Locality,
    string? Admin1,
    string? CountryIso2,
    ThreatType Threat,
    bool AgainstCivilians,
    string? SourceType,
    string? SourceSubType,
    int Fatalities,
    int? FatalitiesLow,
    int? FatalitiesHigh,
    int? CivilianDeaths,
    EventSource Source,
    string Dataset,
    string SourceId,
    Guid? AlertId);
