namespace Bluehelm.Modules.Alerts.Board;

/// <summary>Marker for the watch board's strings (BoardText.resx, BoardText.fr.resx).</summary>
public sealed class BoardText;
