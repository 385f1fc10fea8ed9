namespace Bluehelm.Modules.EarlyWarning.Hotspots.Api;

/// <summary>
/// One cluster: events (core events among them), deaths, first and last date, centre, the radius from the
/// centre covering every event, its convex hull as [longitude, latitude] pairs, and the mission's nearest site.
/// </summary>
public sealed record HotspotClusterDto(
    int Cluster,
    int Events,
    int CoreEvents,
    int Fatalities,
    DateOnly First,
    DateOnly Last,
    double Latitude,
    double Longitude,
    double RadiusKm,
    IReadOnlyList<double[]> Hull,
    string? NearestSite,
    double? NearestSiteKm);
