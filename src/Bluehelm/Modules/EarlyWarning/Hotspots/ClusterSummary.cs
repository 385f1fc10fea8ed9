using Bluehelm.Modules.Missions.Contracts;

namespace Bluehelm.Modules.EarlyWarning.Hotspots;

/// <summary>
/// One density cluster as the page and the API show it: its events and deaths, first and last date, centre
/// (mean position of its events), radius from the centre that covers every event, the convex hull of its
/// events (longitude, latitude pairs; fewer than three distinct points give a point or a segment) and the
/// nearest site of the mission.
/// </summary>
internal sealed record ClusterSummary(
    int Cluster,
    int Events,
    int CoreEvents,
    int Fatalities,
    DateOnly First,
    DateOnly Last,
    double Latitude,
    double Longitude,
    double RadiusKm,
    IReadOnlyList<(double Longitude, double Latitude)> Hull,
    NearestSite? NearestSite);
