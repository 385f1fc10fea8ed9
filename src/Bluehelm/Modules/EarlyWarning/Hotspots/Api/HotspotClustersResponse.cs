namespace Bluehelm.Modules.EarlyWarning.Hotspots.Api;

/// <summary>Density clusters of a mission's host country for a period (DBSCAN on great-circle distance).</summary>
public sealed record HotspotClustersResponse(
    string Mission,
    DateOnly From,
    DateOnly To,
    DateOnly? LatestData,
    string? Type,
    double EpsKm,
    int MinPoints,
    int? WindowDays,
    int Events,
    int Noise,
    IReadOnlyList<HotspotClusterDto> Clusters);
