namespace Bluehelm.Platform.Maps;

public sealed record MapView(
    IReadOnlyList<MapPoint> Points,
    string Title,
    int Width = 640,
    int Height = 420,
    double PaddingDegrees = 0.6,
    string? HighlightIsoNumeric = null);
