using System.Globalization;
using System.Text;

namespace Bluehelm.Platform.Maps;

public static partial class SvgMap
{
    /// <summary>Points of the same kind whose symbols would be closer than this are drawn as one, with their number.</summary>
    public const double ClusterPixels = 12;

    private const double SiteRadius = 5;
    private const double FormerSiteRadius = 4;
    private const double SiteClusterRadius = 9;
    private const double PlaceRadius = 2.5;
    private const double UnderAlertRadius = 13;
    private const double AlertHalfWidth = 8;
    private const double AlertClusterHalfWidth = 12;
    private const int MaxNamesInTitle = 12;

    // Label boxes are estimated from the character count: 11 px text averages under 6.4 px a character.
    private const double LabelCharWidth = 6.4;
    private const double LabelHeight = 12;
    private const double LabelGap = 3;

    private sealed record MapCluster(PixelPoint At, List<MapPoint> Members)
    {
        public MapPoint Lead => Members[0];

        public bool IsAlert => Lead.IsAlert;

        public int Layer => Lead.Layer;

        public bool IsPlace => Lead.Symbol == MapSymbol.Place;

        public bool IsEvent => Lead.Symbol == MapSymbol.Event;

        /// <summary>A site with an alert drawn on it: drawn as a ring around the alert's triangle so both show.</summary>
        public bool UnderAlert { get; set; }

        /// <summary>Half the symbol's size: what a label must keep clear of.</summary>
        public double Reach => IsEvent ? EventRadius(Lead)
            : IsAlert
            ? (Members.Count > 1 ? AlertClusterHalfWidth : AlertHalfWidth)
            : UnderAlert ? UnderAlertRadius
            : IsPlace ? PlaceRadius
            : (Members.Count > 1 ? SiteClusterRadius : SiteRadius);
    }

    private readonly record struct Box(double Left, double Top, double Right, double Bottom)
    {
        public bool Overlaps(Box other) =>
            Left < other.Right && other.Left < Right && Top < other.Bottom && other.Top < Bottom;
    }

    /// <summary>
    /// Greedy clustering in pixels, most important first: each point joins the first cluster of its kind
    /// (alert or site) whose lead lies within <see cref="ClusterPixels"/>, else leads a new one. Alerts never
    /// hide inside a site's cluster. Returned in drawing order: sites, then alerts, least important first.
    /// </summary>
    private static List<MapCluster> Cluster(List<MapPoint> points, Frame frame)
    {
        var clusters = new List<MapCluster>();
        var ordered = points
            .Select(p => (Point: p, At: frame.Project(p.Longitude, p.Latitude)))
            .Where(p => frame.Contains(p.At))
            .OrderByDescending(p => p.Point.Layer)
            .ThenByDescending(p => p.Point.Priority)
            .ThenBy(p => p.Point.Symbol)
            .ThenBy(p => p.Point.Label, StringComparer.Ordinal);
        foreach (var (point, at) in ordered)
        {
            // Events are each drawn (their sizes are the data); other kinds join a near symbol of their own kind.
            var home = point.Symbol == MapSymbol.Event ? null : clusters.FirstOrDefault(c => c.Layer == point.Layer && Distance(c.At, at) < ClusterPixels);
            if (home is null)
            {
                clusters.Add(new MapCluster(at, [point]));
            }
            else
            {
                home.Members.Add(point);
            }
        }

        foreach (var site in clusters.Where(c => c.Layer == 1))
        {
            site.UnderAlert = clusters.Any(a => a.IsAlert && Distance(a.At, site.At) < AlertHalfWidth);
        }

        clusters.Reverse();
        return [.. clusters.OrderBy(c => c.Layer)];
    }

    private static double EventRadius(MapPoint point) => Math.Clamp(point.Radius ?? SiteRadius, 2, 40);

    private static double Distance(PixelPoint a, PixelPoint b) => Math.Sqrt(((a.X - b.X) * (a.X - b.X)) + ((a.Y - b.Y) * (a.Y - b.Y)));

    private static void AppendCluster(StringBuilder svg, MapCluster cluster, string? clusterHref)
    {
        var single = cluster.Members.Count == 1;
        var href = single ? cluster.Lead.Href : clusterHref;
        svg.Append("<g class=\"").Append(cluster.IsEvent ? "sym sym-event" : cluster.IsAlert ? "sym sym-alert" : cluster.IsPlace ? "sym sym-place" : "sym sym-site");
        if (cluster.IsEvent && cluster.Lead.Kind is { } kind)
        {
            svg.Append(" kind-");
            AppendEscaped(svg, kind);
        }

        if (cluster.UnderAlert)
        {
            svg.Append(" under");
        }

        if (!cluster.IsAlert && cluster.Members.All(m => m.Symbol == MapSymbol.FormerSite))
        {
            svg.Append(" former");
        }

        if (cluster.IsAlert && cluster.Lead.Severity is { } severity)
        {
            svg.Append(" sev-");
            AppendEscaped(svg, severity);
        }

        if (!single)
        {
            svg.Append(" cluster");
        }

        svg.Append("\">");
        if (href is not null)
        {
            svg.Append("<a href=\"");
            AppendEscaped(svg, href);
            svg.Append("\">");
        }

        svg.Append("<title>");
        AppendEscaped(svg, Title(cluster));
        svg.Append("</title>");
        var x = Tenths(cluster.At.X);
        var y = Tenths(cluster.At.Y);
        if (cluster.IsAlert)
        {
            // A triangle pointing up, its centroid on the point; bigger when it stands for several alerts.
            var half = Tenths(single ? AlertHalfWidth : AlertClusterHalfWidth);
            var up = half * 6 / 5;
            var down = half * 7 / 10;
            svg.Append("<polygon points=\"");
            AppendPair(svg, x, y - up);
            svg.Append(' ');
            AppendPair(svg, x + half, y + down);
            svg.Append(' ');
            AppendPair(svg, x - half, y + down);
            svg.Append("\"/>");
        }
        else
        {
            var radius = cluster.IsEvent ? EventRadius(cluster.Lead)
                : cluster.UnderAlert ? UnderAlertRadius
                : cluster.IsPlace ? PlaceRadius
                : !single ? SiteClusterRadius
                : cluster.Lead.Symbol == MapSymbol.FormerSite ? FormerSiteRadius : SiteRadius;
            svg.Append("<circle cx=\"");
            AppendTenths(svg, x);
            svg.Append("\" cy=\"");
            AppendTenths(svg, y);
            svg.Append("\" r=\"");
            AppendTenths(svg, Tenths(radius));
            svg.Append("\"/>");
        }

        if (!single && !cluster.IsPlace)
        {
            svg.Append("<text class=\"count\" x=\"");
            AppendTenths(svg, x);
            svg.Append("\" y=\"");
            AppendTenths(svg, y + (cluster.IsAlert ? 40 : 35));
            svg.Append("\">").Append(cluster.Members.Count.ToString(CultureInfo.InvariantCulture)).Append("</text>");
        }

        if (href is not null)
        {
            svg.Append("</a>");
        }

        svg.Append("</g>");
    }

    private static string Title(MapCluster cluster)
    {
        if (cluster.Members.Count == 1)
        {
            return cluster.Lead.Label;
        }

        var names = cluster.Members.Take(MaxNamesInTitle).Select(m => m.Label);
        var more = cluster.Members.Count > MaxNamesInTitle ? "; …" : "";
        return $"{cluster.Members.Count.ToString(CultureInfo.InvariantCulture)}: {string.Join("; ", names)}{more}";
    }

    /// <summary>
    /// Labels the most important symbols first, trying right, left, above, below and the four corners of each; a label that would
    /// cross another label, another symbol or the edge is left off (the table beside the map names everything).
    /// </summary>
    private static void AppendLabels(StringBuilder svg, List<MapCluster> clusters, int width, int height)
    {
        var taken = clusters.Select(c => new Box(c.At.X - c.Reach, c.At.Y - c.Reach, c.At.X + c.Reach, c.At.Y + c.Reach)).ToList();
        // The scale bar's corner.
        taken.Add(new Box(0, height - 30, 150, height));
        var labelled = clusters
            .Where(c => c.Lead.ShownCaption is not null)
            .OrderByDescending(c => c.Layer)
            .ThenByDescending(c => c.Lead.Priority)
            .ThenByDescending(c => c.Members.Count);
        foreach (var cluster in labelled)
        {
            var text = cluster.Members.Count == 1 || cluster.IsPlace
                ? cluster.Lead.ShownCaption!
                : $"{cluster.Lead.ShownCaption} +{(cluster.Members.Count - 1).ToString(CultureInfo.InvariantCulture)}";
            var textWidth = (text.Length * LabelCharWidth) + 2;
            var reach = cluster.Reach + LabelGap;
            var (x, y) = (cluster.At.X, cluster.At.Y);
            (Box Box, string Anchor, double X, double Baseline)[] candidates =
            [
                (new Box(x + reach, y - (LabelHeight / 2), x + reach + textWidth, y + (LabelHeight / 2)), "start", x + reach, y + 4),
                (new Box(x - reach - textWidth, y - (LabelHeight / 2), x - reach, y + (LabelHeight / 2)), "end", x - reach, y + 4),
                (new Box(x - (textWidth / 2), y - reach - LabelHeight, x + (textWidth / 2), y - reach), "middle", x, y - reach - 2),
                (new Box(x - (textWidth / 2), y + reach, x + (textWidth / 2), y + reach + LabelHeight), "middle", x, y + reach + 10),
                (new Box(x + reach - 2, y - reach - LabelHeight + 2, x + reach - 2 + textWidth, y - reach + 2), "start", x + reach - 2, y - reach),
                (new Box(x + reach - 2, y + reach - 2, x + reach - 2 + textWidth, y + reach - 2 + LabelHeight), "start", x + reach - 2, y + reach + 8),
                (new Box(x - reach + 2 - textWidth, y - reach - LabelHeight + 2, x - reach + 2, y - reach + 2), "end", x - reach + 2, y - reach),
                (new Box(x - reach + 2 - textWidth, y + reach - 2, x - reach + 2, y + reach - 2 + LabelHeight), "end", x - reach + 2, y + reach + 8),
            ];
            foreach (var candidate in candidates)
            {
                var box = candidate.Box;
                if (box.Left < 1 || box.Top < 1 || box.Right > width - 1 || box.Bottom > height - 1 || taken.Any(t => t.Overlaps(box)))
                {
                    continue;
                }

                taken.Add(box);
                svg.Append(cluster.IsPlace ? "<text class=\"label place\" x=\"" : "<text class=\"label\" x=\"");
                AppendTenths(svg, Tenths(candidate.X));
                svg.Append("\" y=\"");
                AppendTenths(svg, Tenths(candidate.Baseline));
                svg.Append('"');
                if (candidate.Anchor != "start")
                {
                    svg.Append(" text-anchor=\"").Append(candidate.Anchor).Append('"');
                }

                svg.Append('>');
                AppendEscaped(svg, text);
                svg.Append("</text>");
                break;
            }
        }
    }

    /// <summary>A bar of a round length (1, 2 or 5 times a power of ten km) no longer than about a fifth of the map.</summary>
    private static void AppendScaleBar(StringBuilder svg, Frame frame, int height)
    {
        var kmPerPixel = frame.KilometresPerPixel;
        var km = NiceLength(kmPerPixel * 120);
        var length = km / kmPerPixel;
        var left = Tenths(10);
        var right = Tenths(10 + length);
        var baseline = Tenths(height - 10);
        svg.Append("<g class=\"scale\"><path d=\"M");
        AppendPair(svg, left, baseline - 50);
        svg.Append('V');
        AppendTenths(svg, baseline);
        svg.Append('H');
        AppendTenths(svg, right);
        svg.Append('V');
        AppendTenths(svg, baseline - 50);
        svg.Append("\"/><text x=\"");
        AppendTenths(svg, (left + right) / 2);
        svg.Append("\" y=\"");
        AppendTenths(svg, baseline - 30);
        svg.Append("\" text-anchor=\"middle\">")
            .Append(km.ToString(km < 1 ? "0.#" : "0", CultureInfo.InvariantCulture))
            .Append(" km</text></g>");
    }

    internal static double NiceLength(double maximum)
    {
        var power = Math.Pow(10, Math.Floor(Math.Log10(maximum)));
        foreach (var step in new[] { 5.0, 2.0, 1.0 })
        {
            if (step * power <= maximum)
            {
                return step * power;
            }
        }

        return power;
    }

    private static void AppendPair(StringBuilder svg, int x, int y)
    {
        AppendTenths(svg, x);
        svg.Append(',');
        AppendTenths(svg, y);
    }
}
