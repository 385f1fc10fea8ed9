namespace Bluehelm.Platform.Maps;

/// <summary>
/// A drawn map: the SVG, the area it shows (so a script map can open on the same view) and how many of its
/// symbols stand for more than one point.
/// </summary>
public sealed record MapDrawing(string Svg, GeoBounds Visible, int Clusters);
