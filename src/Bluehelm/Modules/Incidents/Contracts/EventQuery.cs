using Bluehelm.Modules.Alerts.Contracts;

namespace Bluehelm.Modules.Incidents.Contracts;

/// <summary>
/// Which conflict events to read: every filter is optional and they combine with AND. Dates are
/// inclusive and compare with the event's start date; the box is south, west, north, east in degrees.
/// </summary>
public sealed record EventQuery(
    string? CountryIso2 = null,
    DateOnly? From = null,
    DateOnly? To = null,
    IReadOnlyCollection<ThreatType>? Threats = null,
    bool? AgainstCivilians = null,
    int? MinFatalities = null,
    (double South, double West, double North, double East)? Box = null);
