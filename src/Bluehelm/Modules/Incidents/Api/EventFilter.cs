using Bluehelm.Modules.Alerts.Contracts;

namespace Bluehelm.Modules.Incidents;

/// <summary>Filters of the event list, map and API (all optional, combined with AND; dates inclusive, on the start date).</summary>
public sealed record EventFilter(
    DateOnly? From = null,
    DateOnly? To = null,
    IReadOnlyList<ThreatType>? Threats = null,
    EventSource? Source = null,
    string? Admin1 = null,
    string? CountryIso2 = null,
    int? MinFatalities = null,
    bool CiviliansOnly = false);
