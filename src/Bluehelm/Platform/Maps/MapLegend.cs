using System.Text;

namespace Bluehelm.Platform.Maps;

/// <summary>One line of a map's legend: a symbol (with an alert's severity key) and its words.</summary>
public sealed record MapLegendEntry(MapSymbol Symbol, string Text, string? Severity = null, bool Cluster = false, double? Radius = null, string? Kind = null);

/// <summary>
/// The legend under a map, as HTML: each symbol drawn as on the map, in a small SVG, beside its words. Outside
/// the map so it stays readable on a phone and stays in place when the zoomable map replaces the drawn one.
/// </summary>
public static class MapLegend
{
    public static string Html(IEnumerable<MapLegendEntry> entries)
    {
        var html = new StringBuilder("<ul class=\"map-legend\">");
        foreach (var entry in entries)
        {
            html.Append("<li><svg class=\"map-key\" viewBox=\"0 0 24 24\" width=\"18\" height=\"18\" aria-hidden=\"true\"><g class=\"sym ");
            html.Append(entry.Symbol switch { MapSymbol.Alert => "sym-alert", MapSymbol.Place => "sym-place", MapSymbol.Event => "sym-event", _ => "sym-site" });
            if (entry.Kind is { } kind)
            {
                html.Append(" kind-");
                Escape(html, kind);
            }

            if (entry.Symbol == MapSymbol.FormerSite)
            {
                html.Append(" former");
            }

            if (entry.Severity is { } severity)
            {
                html.Append(" sev-");
                Escape(html, severity);
            }

            html.Append(entry.Cluster ? " cluster\">" : "\">");
            html.Append(entry.Symbol == MapSymbol.Alert
                ? (entry.Cluster ? "<polygon points=\"12,1 23,20 1,20\"/>" : "<polygon points=\"12,3 20,17 4,17\"/>")
                : (entry.Cluster ? "<circle cx=\"12\" cy=\"12\" r=\"10\"/>" : entry.Symbol switch
                {
                    MapSymbol.Event => "<circle cx=\"12\" cy=\"12\" r=\"" + Math.Clamp(entry.Radius ?? 5, 2, 11).ToString("0.#", System.Globalization.CultureInfo.InvariantCulture) + "\"/>",
                    MapSymbol.FormerSite => "<circle cx=\"12\" cy=\"12\" r=\"4\"/>",
                    MapSymbol.Place => "<circle cx=\"12\" cy=\"12\" r=\"3\"/>",
                    _ => "<circle cx=\"12\" cy=\"12\" r=\"5\"/>",
                }));
            if (entry.Cluster)
            {
                html.Append("<text class=\"count\" x=\"12\" y=\"").Append(entry.Symbol == MapSymbol.Alert ? "18" : "16").Append("\">3</text>");
            }

            html.Append("</g></svg> ");
            Escape(html, entry.Text);
            html.Append("</li>");
        }

        return html.Append("</ul>").ToString();
    }

    private static void Escape(StringBuilder html, string text) =>
        html.Append(System.Net.WebUtility.HtmlEncode(text));
}
