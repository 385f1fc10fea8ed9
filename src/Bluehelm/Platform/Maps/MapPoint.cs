namespace Bluehelm.Platform.Maps;

/// <summary>What a point is, which decides its symbol: places are small grey dots, sites circles, alerts triangles drawn above them.</summary>
public enum MapSymbol
{
    Site,
    FormerSite,
    Alert,
    Place,

    /// <summary>A conflict event: a circle sized by <see cref="MapPoint.Radius"/> and coloured by <see cref="MapPoint.Kind"/>; events never cluster.</summary>
    Event,
}

/// <summary>
/// One thing on a map. <paramref name="Label"/> is its full name (the symbol's title, read by screen
/// readers); <paramref name="Caption"/> the text written beside it (sites default to their label,
/// alerts to none); <paramref name="Severity"/> an alert's severity key (<c>critical</c>, <c>high</c>...),
/// drawn as its colour; a higher <paramref name="Priority"/> is drawn on top, labelled first and
/// stands for the group when points cluster. An event's <paramref name="Radius"/> (pixels) and <paramref name="Kind"/>
/// (a class key, drawn as <c>kind-&lt;key&gt;</c>) give its size and colour.
/// </summary>
public sealed record MapPoint(
    double Latitude,
    double Longitude,
    string Label,
    string? Href = null,
    MapSymbol Symbol = MapSymbol.Site,
    string? Severity = null,
    int Priority = 0,
    string? Caption = null,
    double? Radius = null,
    string? Kind = null)
{
    public bool IsAlert => Symbol == MapSymbol.Alert;

    /// <summary>Points cluster only with their own kind, and are drawn kind by kind: places, sites, alerts.</summary>
    internal int Layer => Symbol switch { MapSymbol.Place => 0, MapSymbol.Alert => 2, MapSymbol.Event => 3, _ => 1 };

    /// <summary>The text written on the map beside the symbol, or null.</summary>
    public string? ShownCaption => Caption ?? (IsAlert || Symbol == MapSymbol.Event ? null : Label);
}
