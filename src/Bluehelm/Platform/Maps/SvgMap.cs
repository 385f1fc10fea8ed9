using System.Globalization;
using System.Text;

namespace Bluehelm.Platform.Maps;

/// <summary>
/// Renders a self-contained inline SVG map (no tiles, no script). Styling comes from the site
/// stylesheet through the classes <c>map</c>, <c>sea</c>, <c>land</c>, <c>host</c> and each point's class.
/// </summary>
public static partial class SvgMap
{
    private const double MinimumSpanDegrees = 2.0;
    private const double MinimumAreaDegrees = 0.01;
    private const double MaxAbsLatitude = 85.0;
    private const double PointRadius = 5.0;
    private const double KilometresPerDegreeLatitude = 111.195;

    // Keeps markers at the edge of the fitted area whole, whatever the zoom.
    private const double FitInsetPixels = PointRadius + 3;

    // Rings are clipped to the canvas plus this margin so the artificial edges created by clipping,
    // and their stroke, fall outside the visible area.
    private const double ClipMarginPixels = 3.0;

    // Path data is in tenths of a pixel. Vertices within 0.7 px of the previous one are dropped (which also
    // drops sub-pixel islands), then Douglas–Peucker removes any that move the outline by under half a pixel.
    // Together they cut a zoomed-out map to a fraction of the raw 1:50m size with no visible change.
    private const int MinSegmentTenths = 7;
    private const double SimplifyToleranceTenths = 5;

    private static readonly GeoBounds World = new(-180, -58, 180, 84);

    private static readonly double[] WorldCopies = [0, -360, 360];

    public static string Render(MapView view) => Draw(view, WorldOutlines.Instance).Svg;

    public static string Render(MapView view, WorldOutlines outlines) => Draw(view, outlines).Svg;

    public static MapDrawing Draw(MapView view) => Draw(view, WorldOutlines.Instance);

    /// <remarks>
    /// Points with non-finite or out-of-range coordinates, or outside an explicit <see cref="MapView.Area"/>,
    /// are left off the map. Sites are drawn first, alerts above them; points closer than
    /// <see cref="ClusterPixels"/> at the drawn scale become one symbol with their number.
    /// </remarks>
    public static MapDrawing Draw(MapView view, WorldOutlines outlines)
    {
        ArgumentNullException.ThrowIfNull(view);
        ArgumentNullException.ThrowIfNull(outlines);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(view.Width);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(view.Height);

        var points = KeepTogetherAcrossAntimeridian(view.Points.Where(IsValid).ToList());
        var hostCode = string.IsNullOrWhiteSpace(view.HighlightIsoNumeric)
            ? null
            : WorldOutlines.NormalizeIsoNumeric(view.HighlightIsoNumeric);
        var hosts = hostCode is null ? [] : outlines.FindByIsoNumeric(hostCode);

        // An explicit area is drawn as asked (an alert's surroundings are well under a degree across).
        var frame = view.Area is { } area
            ? Frame.Fit(area, view.Width, view.Height, 0, MinimumAreaDegrees)
            : Frame.Fit(TargetBounds(points, hosts, view.PaddingDegrees), view.Width, view.Height, FitInsetPixels, MinimumSpanDegrees);

        var svg = new StringBuilder(32 * 1024);
        // A named group, not role="img": the map holds links, which an image may not (axe: nested-interactive).
        svg.Append(CultureInfo.InvariantCulture,
            $"<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 {view.Width} {view.Height}\" role=\"group\" aria-label=\"");
        AppendEscaped(svg, view.Title);
        svg.Append("\" class=\"map\"><title>");
        AppendEscaped(svg, view.Title);
        svg.Append("</title>");
        svg.Append(CultureInfo.InvariantCulture, $"<rect class=\"sea\" width=\"{view.Width}\" height=\"{view.Height}\"/>");

        // Host country last so its border is drawn on top of its neighbours'.
        foreach (var country in outlines.Countries)
        {
            if (hostCode is null || country.IsoNumeric != hostCode)
            {
                AppendCountry(svg, country, "land", frame);
            }
        }

        foreach (var country in hosts)
        {
            AppendCountry(svg, country, "host", frame);
        }

        var clusters = Cluster(points, frame);
        foreach (var cluster in clusters)
        {
            AppendCluster(svg, cluster, view.ClusterHref);
        }

        AppendLabels(svg, clusters, view.Width, view.Height);
        AppendScaleBar(svg, frame, view.Height);
        svg.Append("</svg>");
        return new MapDrawing(svg.ToString(), frame.Visible, clusters.Count(c => c.Members.Count > 1));
    }

    private static bool IsValid(MapPoint point) =>
        double.IsFinite(point.Latitude) && double.IsFinite(point.Longitude) &&
        Math.Abs(point.Latitude) <= 90 && Math.Abs(point.Longitude) <= 180;

    /// <summary>
    /// Cuts the circle of longitudes at the widest gap between points, so sites either side of the
    /// antimeridian (Fiji and Samoa, say) are framed together instead of across the whole world.
    /// </summary>
    private static List<MapPoint> KeepTogetherAcrossAntimeridian(List<MapPoint> points)
    {
        if (points.Count < 2)
        {
            return points;
        }

        var longitudes = points.Select(p => p.Longitude).Order().ToArray();
        var widestGap = longitudes[0] + 360 - longitudes[^1];
        double? cutAfter = null;
        for (var i = 1; i < longitudes.Length; i++)
        {
            var gap = longitudes[i] - longitudes[i - 1];
            if (gap > widestGap)
            {
                widestGap = gap;
                cutAfter = longitudes[i - 1];
            }
        }

        return cutAfter is { } cut
            ? points.Select(p => p.Longitude <= cut ? p with { Longitude = p.Longitude + 360 } : p).ToList()
            : points;
    }

    private static GeoBounds TargetBounds(List<MapPoint> points, IReadOnlyList<CountryOutline> hosts, double padding)
    {
        GeoBounds bounds;
        if (points.Count > 0)
        {
            bounds = new GeoBounds(
                points.Min(p => p.Longitude), points.Min(p => p.Latitude),
                points.Max(p => p.Longitude), points.Max(p => p.Latitude));
        }
        else if (hosts.Count > 0)
        {
            bounds = hosts.Select(h => h.Bounds).Aggregate((a, b) => a.Union(b));
        }
        else
        {
            return World;
        }

        padding = Math.Max(0, padding);
        return new GeoBounds(
            bounds.MinLongitude - padding, bounds.MinLatitude - padding,
            bounds.MaxLongitude + padding, bounds.MaxLatitude + padding);
    }
}
