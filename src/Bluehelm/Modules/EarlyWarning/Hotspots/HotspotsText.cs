namespace Bluehelm.Modules.EarlyWarning.Hotspots;

/// <summary>Marker for the strings of the module's hotspots (HotspotsText.resx, HotspotsText.fr.resx).</summary>
public sealed class HotspotsText;
