namespace Bluehelm.Platform.Maps;

/// <summary>Marker for the maps' strings (legend, zoom button).</summary>
public sealed class MapsText;
