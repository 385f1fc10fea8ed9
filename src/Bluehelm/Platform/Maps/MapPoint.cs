namespace Bluehelm.Platform.Maps;

public sealed record MapPoint(double Latitude, double Longitude, string Label, string? Href = null, string CssClass = "site");
