namespace Bluehelm.Modules.EarlyWarning.Hotspots.Files;

/// <summary>A hotspot command's input that cannot be used, told in one line (file, line, column and problem).</summary>
internal sealed class HotspotFileException(string message) : Exception(message);
