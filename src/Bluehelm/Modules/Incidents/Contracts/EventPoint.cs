using Bluehelm.Modules.Alerts.Contracts;

namespace Bluehelm.Modules.Incidents.Contracts;

/// <summary>A conflict event as analyses need it: where, when, what and how deadly.</summary>
public readonly record struct EventPoint(
    Guid Id,
    DateOnly Date,
    double Latitude,
    double Longitude,
    int PrioGridGid,
    ThreatType Threat,
    bool AgainstCivilians,
    int Fatalities,
    int? CivilianDeaths);
