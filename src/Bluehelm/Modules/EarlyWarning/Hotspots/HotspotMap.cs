using System.Globalization;
using System.Net;
using System.Text;
using Bluehelm.Modules.EarlyWarning.Hotspots.Engine;
using Bluehelm.Platform.Maps;

namespace Bluehelm.Modules.EarlyWarning.Hotspots;

/// <summary>
/// The hotspot maps: Platform's <see cref="SvgMap"/> draws the outlines and the sites; clusters' hulls and
/// Gi* cells are drawn over it in the same frame (<see cref="MapDrawing.Visible"/>, which SvgMap projects
/// linearly onto the canvas), each shape a link to its row in the table beside the map.
/// </summary>
internal static class HotspotMap
{
    internal static string Clusters(MapView view, IReadOnlyList<ClusterSummary> clusters, Func<ClusterSummary, string> label)
    {
        var drawing = SvgMap.Draw(view);
        var layer = new StringBuilder("<g class=\"hotspot-layer\">");
        for (var rank = 0; rank < clusters.Count; rank++)
        {
            var c = clusters[rank];
            var id = rank + 1;
            layer.Append(CultureInfo.InvariantCulture, $"<a href=\"#cluster-{id}\"><title>{WebUtility.HtmlEncode(label(c))}</title>");
            var (cx, cy) = Project(drawing, view, c.Longitude, c.Latitude);
            var (ex, _) = Project(drawing, view, c.Longitude + (c.RadiusKm / (111.195 * Math.Cos(c.Latitude * Math.PI / 180))), c.Latitude);

            // The circle covering the extent, never smaller than a finger's target on the drawn map; the hull inside it.
            layer.Append(CultureInfo.InvariantCulture, $"<circle class=\"hull-mark\" cx=\"{cx:F1}\" cy=\"{cy:F1}\" r=\"{Math.Max(9, ex - cx):F1}\"/>");
            if (c.Hull.Count >= 4)
            {
                layer.Append("<polygon class=\"hull\" points=\"");
                foreach (var (lon, lat) in c.Hull)
                {
                    var (x, y) = Project(drawing, view, lon, lat);
                    layer.Append(CultureInfo.InvariantCulture, $"{x:F1},{y:F1} ");
                }

                layer.Append("\"/>");
            }

            var (tx, ty) = Project(drawing, view, c.Longitude, c.Latitude);
            layer.Append(CultureInfo.InvariantCulture, $"<text class=\"hull-label\" x=\"{tx:F1}\" y=\"{ty + 4:F1}\">{id}</text></a>");
        }

        return Insert(drawing.Svg, layer.Append("</g>").ToString());
    }

    internal static string Grid(MapView view, IReadOnlyList<GridCellRow> cells, Func<GridCellRow, string> label)
    {
        var drawing = SvgMap.Draw(view);
        var layer = new StringBuilder("<g class=\"hotspot-layer\">");
        foreach (var c in cells.Where(c => c.Class != GiClass.NotSignificant))
        {
            var (x0, y0) = Project(drawing, view, c.Longitude - 0.25, c.Latitude + 0.25);
            var (x1, y1) = Project(drawing, view, c.Longitude + 0.25, c.Latitude - 0.25);
            var cls = HotspotsApi.ClassKey(c.Class);
            var link = c.Class == GiClass.Cold ? null : $"#cell-{c.Gid.ToString(CultureInfo.InvariantCulture)}";
            layer.Append(link is null ? "<g>" : $"<a href=\"{link}\">");
            layer.Append(CultureInfo.InvariantCulture,
                $"<title>{WebUtility.HtmlEncode(label(c))}</title><rect class=\"gi gi-{cls}\" x=\"{x0:F1}\" y=\"{y0:F1}\" width=\"{x1 - x0:F1}\" height=\"{y1 - y0:F1}\"/>");
            layer.Append(link is null ? "</g>" : "</a>");
        }

        return Insert(drawing.Svg, layer.Append("</g>").ToString());
    }

    /// <summary>The legend of the grid map, as HTML like Platform's map legend.</summary>
    internal static string GridLegend(IEnumerable<(GiClass Class, string Text)> entries)
    {
        var html = new StringBuilder("<ul class=\"map-legend gi-legend\">");
        foreach (var (c, text) in entries)
        {
            html.Append(CultureInfo.InvariantCulture,
                $"<li><svg class=\"map-key\" viewBox=\"0 0 24 24\" width=\"18\" height=\"18\" aria-hidden=\"true\"><rect class=\"gi gi-{HotspotsApi.ClassKey(c)}\" x=\"3\" y=\"3\" width=\"18\" height=\"18\"/></svg> {WebUtility.HtmlEncode(text)}</li>");
        }

        return html.Append("</ul>").ToString();
    }

    private static (double X, double Y) Project(MapDrawing drawing, MapView view, double lon, double lat)
    {
        var v = drawing.Visible;
        return ((lon - v.MinLongitude) / (v.MaxLongitude - v.MinLongitude) * view.Width,
                (v.MaxLatitude - lat) / (v.MaxLatitude - v.MinLatitude) * view.Height);
    }

    // Above the outlines and below nothing else that matters: the shapes are translucent.
    private static string Insert(string svg, string layer)
    {
        var end = svg.LastIndexOf("</svg>", StringComparison.Ordinal);
        return string.Concat(svg.AsSpan(0, end), layer, svg.AsSpan(end));
    }
}
