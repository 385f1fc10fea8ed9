namespace Bluehelm.Platform.Maps;

/// <summary>
/// What a map draws. <c>Area</c> is the area to draw (by default the points, or the host country, plus
/// <c>PaddingDegrees</c>); <c>ClusterHref</c> is where a cluster links to (the table listing what the map shows,
/// e.g. <c>#site-table</c>).
/// </summary>
public sealed record MapView(
    IReadOnlyList<MapPoint> Points,
    string Title,
    int Width = 640,
    int Height = 420,
    double PaddingDegrees = 0.6,
    string? HighlightIsoNumeric = null,
    GeoBounds? Area = null,
    string? ClusterHref = null);
