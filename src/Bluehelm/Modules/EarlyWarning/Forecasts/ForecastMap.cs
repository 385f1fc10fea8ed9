using System.Globalization;
using System.Net;
using System.Text;
using Bluehelm.Platform.Maps;

namespace Bluehelm.Modules.EarlyWarning.Forecasts;

/// <summary>
/// The forecast drawn on Platform/Maps' SVG map: each cell a 0.5° square coloured by its class of
/// probability, under the mission's sites. The map's projection is linear over its visible area, so the
/// squares are placed from <see cref="MapDrawing.Visible"/>; the table beside the map lists the same cells.
/// </summary>
internal static class ForecastMap
{
    /// <summary>Upper edges of the first four classes; the fifth holds everything from the last edge up.</summary>
    public static readonly double[] ClassEdges = [0.02, 0.05, 0.10, 0.20];

    public const int Width = 640;
    public const int Height = 460;

    /// <summary>The class 1-5 of a probability.</summary>
    public static int ClassOf(double probability)
    {
        var c = 1;
        foreach (var edge in ClassEdges)
        {
            if (probability < edge)
            {
                return c;
            }

            c++;
        }

        return c;
    }

    public static string Svg(IReadOnlyList<CellForecast> cells, IReadOnlyList<MapPoint> sites, string title, string? hostIsoNumeric, Func<CellForecast, string> cellTitle)
    {
        var area = new GeoBounds(
            cells.Min(c => c.Longitude) - 0.6, cells.Min(c => c.Latitude) - 0.6,
            cells.Max(c => c.Longitude) + 0.6, cells.Max(c => c.Latitude) + 0.6);
        var drawing = SvgMap.Draw(new MapView(sites, title, Width, Height, HighlightIsoNumeric: hostIsoNumeric, Area: area));
        var v = drawing.Visible;
        var xPerDegree = Width / (v.MaxLongitude - v.MinLongitude);
        var yPerDegree = Height / (v.MaxLatitude - v.MinLatitude);

        var layer = new StringBuilder("<g class=\"fc-cells\">");
        foreach (var c in cells)
        {
            var x = (c.Longitude - 0.25 - v.MinLongitude) * xPerDegree;
            var y = (v.MaxLatitude - (c.Latitude + 0.25)) * yPerDegree;
            layer.Append(CultureInfo.InvariantCulture, $"<rect class=\"fc-cell fc-c{ClassOf(c.Probability)}\" data-gid=\"{c.Gid}\" x=\"{x:0.#}\" y=\"{y:0.#}\" width=\"{0.5 * xPerDegree:0.#}\" height=\"{0.5 * yPerDegree:0.#}\"><title>")
                .Append(WebUtility.HtmlEncode(cellTitle(c)))
                .Append("</title></rect>");
        }

        layer.Append("</g>");

        // Under the sites and the scale bar, above the land.
        var svg = drawing.Svg;
        var at = svg.IndexOf("<g class=\"sym", StringComparison.Ordinal);
        if (at < 0)
        {
            at = svg.IndexOf("<g class=\"scale\"", StringComparison.Ordinal);
        }

        if (at < 0)
        {
            at = svg.LastIndexOf("</svg>", StringComparison.Ordinal);
        }

        return svg.Insert(at, layer.ToString());
    }
}
