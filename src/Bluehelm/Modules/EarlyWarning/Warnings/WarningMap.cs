using System.Globalization;
using Bluehelm.Platform.Maps;
using Microsoft.Extensions.Localization;

namespace Bluehelm.Modules.EarlyWarning.Warnings;

/// <summary>
/// A warning's area on the drawn map: the polygon's corners and the circle's centre as places, framed on
/// the area's extent (the circle's by its radius). The same coordinates are listed as text beside the map.
/// </summary>
internal static class WarningMap
{
    private const double KilometresPerDegree = 111.195;

    public static MapView View(WarningArea area, string title, IStringLocalizer<WarningsText> text)
    {
        var points = new List<MapPoint>();
        var lats = new List<double>();
        var lons = new List<double>();
        if (area.Polygon is { } polygon)
        {
            for (var i = 0; i < polygon.Count - 1; i++)
            {
                points.Add(new MapPoint(polygon[i].Lat, polygon[i].Lon, text["detail.vertex", i + 1], Symbol: MapSymbol.Place, Caption: (i + 1).ToString(CultureInfo.CurrentCulture)));
                lats.Add(polygon[i].Lat);
                lons.Add(polygon[i].Lon);
            }
        }

        if (area.Circle is { } c)
        {
            points.Add(new MapPoint(c.Lat, c.Lon, text["detail.circle-centre"], Symbol: MapSymbol.Alert));
            var dLat = c.RadiusKm / KilometresPerDegree;
            var dLon = c.RadiusKm / (KilometresPerDegree * Math.Max(0.01, Math.Cos(c.Lat * Math.PI / 180)));
            lats.AddRange([c.Lat - dLat, c.Lat + dLat]);
            lons.AddRange([c.Lon - dLon, c.Lon + dLon]);
        }

        var pad = 0.8;
        var bounds = new GeoBounds(lons.Min() - pad, Math.Max(-85, lats.Min() - pad), lons.Max() + pad, Math.Min(85, lats.Max() + pad));
        return new MapView(points, title, Area: bounds);
    }
}
