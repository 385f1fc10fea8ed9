namespace Bluehelm.Platform.Maps;

/// <summary>
/// Settings under <c>Bluehelm:Maps</c>. By default the zoomable map draws only the Natural Earth outlines
/// served by Bluehelm itself, so no request leaves the server's origin; a mission that hosts a tile
/// server sets <see cref="TileUrlTemplate"/> (its origin is then allowed in the pages' image policy).
/// </summary>
public sealed class MapsOptions
{
    /// <summary>A Leaflet URL template such as <c>https://tiles.mission.example/{z}/{x}/{y}.png</c>; none by default.</summary>
    public string? TileUrlTemplate { get; set; }

    /// <summary>The tiles' attribution, shown in the map's corner (plain text).</summary>
    public string? TileAttribution { get; set; }

    /// <summary>The deepest zoom the tile server offers.</summary>
    public int MaxZoom { get; set; } = 12;

    /// <summary>The tile server's origin (scheme, host, port), or null when none is configured or the template is not an absolute http(s) URL.</summary>
    public string? TileOrigin =>
        !string.IsNullOrWhiteSpace(TileUrlTemplate)
        && Uri.TryCreate(TileUrlTemplate.Replace("{s}", "a", StringComparison.Ordinal), UriKind.Absolute, out var uri)
        && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp)
            ? uri.GetLeftPart(UriPartial.Authority)
            : null;
}
