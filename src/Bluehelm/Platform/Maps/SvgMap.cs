using System.Globalization;
using System.Text;

namespace Bluehelm.Platform.Maps;

public sealed record MapPoint(double Latitude, double Longitude, string Label, string? Href = null, string CssClass = "site");

public sealed record MapView(
    IReadOnlyList<MapPoint> Points,
    string Title,
    int Width = 640,
    int Height = 420,
    double PaddingDegrees = 0.6,
    string? HighlightIsoNumeric = null);

/// <summary>
/// Renders a self-contained inline SVG map (no tiles, no script). Styling comes from the site
/// stylesheet through the classes <c>map</c>, <c>sea</c>, <c>land</c>, <c>host</c> and each point's class.
/// </summary>
public static class SvgMap
{
    private const double MinimumSpanDegrees = 2.0;
    private const double MaxAbsLatitude = 85.0;
    private const double PointRadius = 5.0;

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

    public static string Render(MapView view) => Render(view, WorldOutlines.Instance);

    /// <remarks>Points with non-finite or out-of-range coordinates are left off the map.</remarks>
    public static string Render(MapView view, WorldOutlines outlines)
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

        var frame = Frame.Fit(TargetBounds(points, hosts, view.PaddingDegrees), view.Width, view.Height, FitInsetPixels);

        var svg = new StringBuilder(32 * 1024);
        svg.Append(CultureInfo.InvariantCulture,
            $"<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 {view.Width} {view.Height}\" role=\"img\" aria-label=\"");
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

        foreach (var point in points)
        {
            AppendPoint(svg, point, frame);
        }

        svg.Append("</svg>");
        return svg.ToString();
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

    private static void AppendCountry(StringBuilder svg, CountryOutline country, string cssClass, Frame frame)
    {
        var data = new StringBuilder();
        var pixels = new List<PixelPoint>();

        // Outlines may extend past ±180 and so may the view, so each country is tried one world-width either side.
        foreach (var offset in WorldCopies)
        {
            var bounds = country.Bounds with
            {
                MinLongitude = country.Bounds.MinLongitude + offset,
                MaxLongitude = country.Bounds.MaxLongitude + offset,
            };
            if (!bounds.Intersects(frame.Visible))
            {
                continue;
            }

            foreach (var ring in country.Rings)
            {
                pixels.Clear();
                foreach (var point in ring.Span)
                {
                    pixels.Add(frame.Project(point.Longitude + offset, point.Latitude));
                }

                AppendRing(data, frame.Clip(pixels));
            }
        }

        if (data.Length > 0)
        {
            svg.Append("<path class=\"").Append(cssClass).Append("\" d=\"").Append(data).Append("\"/>");
        }
    }

    private static void AppendRing(StringBuilder data, List<PixelPoint> ring)
    {
        var kept = new List<(int X, int Y)>(ring.Count);
        foreach (var point in ring)
        {
            var current = (X: Tenths(point.X), Y: Tenths(point.Y));
            if (kept.Count == 0 || !IsNear(kept[^1], current))
            {
                kept.Add(current);
            }
        }

        while (kept.Count > 1 && IsNear(kept[^1], kept[0]))
        {
            kept.RemoveAt(kept.Count - 1);
        }

        if (kept.Count < 3)
        {
            return;
        }

        kept = Simplify(kept);
        if (kept.Count < 3)
        {
            return;
        }

        // Absolute start, then relative steps: small deltas need far fewer characters than coordinates.
        data.Append('M');
        AppendTenths(data, kept[0].X);
        data.Append(' ');
        AppendTenths(data, kept[0].Y);
        data.Append('l');
        for (var i = 1; i < kept.Count; i++)
        {
            var dx = kept[i].X - kept[i - 1].X;
            var dy = kept[i].Y - kept[i - 1].Y;

            // A minus sign already separates numbers in path data.
            if (i > 1 && dx >= 0)
            {
                data.Append(' ');
            }

            AppendTenths(data, dx);
            if (dy >= 0)
            {
                data.Append(' ');
            }

            AppendTenths(data, dy);
        }

        data.Append('z');
    }

    /// <summary>Douglas–Peucker over the ring, treated as closing back onto its first vertex.</summary>
    private static List<(int X, int Y)> Simplify(List<(int X, int Y)> ring)
    {
        var count = ring.Count;
        var keep = new bool[count];
        keep[0] = true;
        var spans = new Stack<(int First, int Last)>();
        spans.Push((0, count));
        while (spans.TryPop(out var span))
        {
            var start = ring[span.First];
            var end = ring[span.Last % count];
            var farthest = -1;
            var farthestDistance = SimplifyToleranceTenths * SimplifyToleranceTenths;
            for (var i = span.First + 1; i < span.Last; i++)
            {
                var distance = DistanceToSegmentSquared(ring[i], start, end);
                if (distance > farthestDistance)
                {
                    farthest = i;
                    farthestDistance = distance;
                }
            }

            if (farthest >= 0)
            {
                keep[farthest] = true;
                spans.Push((span.First, farthest));
                spans.Push((farthest, span.Last));
            }
        }

        var result = new List<(int X, int Y)>(count);
        for (var i = 0; i < count; i++)
        {
            if (keep[i])
            {
                result.Add(ring[i]);
            }
        }

        return result;
    }

    private static double DistanceToSegmentSquared((int X, int Y) point, (int X, int Y) start, (int X, int Y) end)
    {
        double dx = end.X - start.X;
        double dy = end.Y - start.Y;
        double px = point.X - start.X;
        double py = point.Y - start.Y;
        var lengthSquared = dx * dx + dy * dy;
        if (lengthSquared > 0)
        {
            var t = Math.Clamp((px * dx + py * dy) / lengthSquared, 0, 1);
            px -= t * dx;
            py -= t * dy;
        }

        return px * px + py * py;
    }

    private static bool IsNear((int X, int Y) a, (int X, int Y) b)
    {
        var dx = a.X - b.X;
        var dy = a.Y - b.Y;
        return dx * dx + dy * dy < MinSegmentTenths * MinSegmentTenths;
    }

    private static void AppendPoint(StringBuilder svg, MapPoint point, Frame frame)
    {
        var center = frame.Project(point.Longitude, point.Latitude);
        if (point.Href is not null)
        {
            svg.Append("<a href=\"");
            AppendEscaped(svg, point.Href);
            svg.Append("\">");
        }

        svg.Append("<circle class=\"");
        AppendEscaped(svg, point.CssClass);
        svg.Append("\" cx=\"");
        AppendTenths(svg, Tenths(center.X));
        svg.Append("\" cy=\"");
        AppendTenths(svg, Tenths(center.Y));
        svg.Append("\" r=\"");
        AppendTenths(svg, Tenths(PointRadius));
        svg.Append("\"><title>");
        AppendEscaped(svg, point.Label);
        svg.Append("</title></circle>");

        if (point.Href is not null)
        {
            svg.Append("</a>");
        }
    }

    private static int Tenths(double pixels) => (int)Math.Round(pixels * 10, MidpointRounding.AwayFromZero);

    private static void AppendTenths(StringBuilder builder, int tenths)
    {
        if (tenths < 0)
        {
            builder.Append('-');
            tenths = -tenths;
        }

        builder.Append((tenths / 10).ToString(CultureInfo.InvariantCulture));
        var fraction = tenths % 10;
        if (fraction != 0)
        {
            builder.Append('.').Append((char)('0' + fraction));
        }
    }

    private static void AppendEscaped(StringBuilder builder, string text)
    {
        foreach (var c in text)
        {
            switch (c)
            {
                case '&': builder.Append("&amp;"); break;
                case '<': builder.Append("&lt;"); break;
                case '>': builder.Append("&gt;"); break;
                case '"': builder.Append("&quot;"); break;
                case '\'': builder.Append("&#39;"); break;
                default:
                    // XML 1.0 forbids control characters other than tab, line feed and carriage return.
                    if (c >= ' ' || c is '\t' or '\n' or '\r')
                    {
                        builder.Append(c);
                    }

                    break;
            }
        }
    }

    private readonly record struct PixelPoint(double X, double Y);

    /// <summary>Equirectangular projection with longitudes scaled by cos(mid-latitude), fitted to the canvas.</summary>
    private sealed class Frame
    {
        private readonly double _west;
        private readonly double _north;
        private readonly double _pixelsPerLongitude;
        private readonly double _pixelsPerLatitude;
        private readonly double _width;
        private readonly double _height;

        private Frame(double west, double north, double pixelsPerLongitude, double pixelsPerLatitude, int width, int height)
        {
            _west = west;
            _north = north;
            _pixelsPerLongitude = pixelsPerLongitude;
            _pixelsPerLatitude = pixelsPerLatitude;
            _width = width;
            _height = height;
            Visible = new GeoBounds(
                west, north - height / pixelsPerLatitude,
                west + width / pixelsPerLongitude, north);
        }

        public GeoBounds Visible { get; }

        public static Frame Fit(GeoBounds target, int width, int height, double insetPixels)
        {
            var south = Math.Max(-MaxAbsLatitude, target.MinLatitude);
            var north = Math.Min(MaxAbsLatitude, target.MaxLatitude);
            var west = target.MinLongitude;
            var east = target.MaxLongitude;

            var centerLon = (west + east) / 2;
            var centerLat = (south + north) / 2;
            var lonSpan = Math.Max(MinimumSpanDegrees, east - west);
            var latSpan = Math.Max(MinimumSpanDegrees, north - south);

            var lonFactor = Math.Cos(centerLat * Math.PI / 180);
            var innerWidth = Math.Max(1, width - 2 * insetPixels);
            var innerHeight = Math.Max(1, height - 2 * insetPixels);
            var pixelsPerDegree = Math.Min(innerWidth / (lonSpan * lonFactor), innerHeight / latSpan);
            var pixelsPerLongitude = pixelsPerDegree * lonFactor;

            // Centre the target; the canvas aspect ratio decides which axis gets extra room.
            return new Frame(
                centerLon - width / pixelsPerLongitude / 2,
                centerLat + height / pixelsPerDegree / 2,
                pixelsPerLongitude,
                pixelsPerDegree,
                width,
                height);
        }

        public PixelPoint Project(double longitude, double latitude) =>
            new((longitude - _west) * _pixelsPerLongitude, (_north - latitude) * _pixelsPerLatitude);

        /// <summary>Sutherland–Hodgman clip of a closed ring to the canvas plus margin.</summary>
        public List<PixelPoint> Clip(List<PixelPoint> ring)
        {
            const double min = -ClipMarginPixels;
            var maxX = _width + ClipMarginPixels;
            var maxY = _height + ClipMarginPixels;

            var result = ClipEdge(ring, p => p.X >= min, (a, b) => AtX(a, b, min));
            result = ClipEdge(result, p => p.X <= maxX, (a, b) => AtX(a, b, maxX));
            result = ClipEdge(result, p => p.Y >= min, (a, b) => AtY(a, b, min));
            result = ClipEdge(result, p => p.Y <= maxY, (a, b) => AtY(a, b, maxY));
            return result;
        }

        private static List<PixelPoint> ClipEdge(
            List<PixelPoint> input, Func<PixelPoint, bool> inside, Func<PixelPoint, PixelPoint, PixelPoint> intersect)
        {
            var output = new List<PixelPoint>(input.Count);
            if (input.Count == 0)
            {
                return output;
            }

            var previous = input[^1];
            var previousInside = inside(previous);
            foreach (var current in input)
            {
                var currentInside = inside(current);
                if (currentInside != previousInside)
                {
                    output.Add(intersect(previous, current));
                }

                if (currentInside)
                {
                    output.Add(current);
                }

                previous = current;
                previousInside = currentInside;
            }

            return output;
        }

        private static PixelPoint AtX(PixelPoint a, PixelPoint b, double x) =>
            new(x, a.Y + (b.Y - a.Y) * (x - a.X) / (b.X - a.X));

        private static PixelPoint AtY(PixelPoint a, PixelPoint b, double y) =>
            new(a.X + (b.X - a.X) * (y - a.Y) / (b.Y - a.Y), y);
    }
}
