using System.Collections.Concurrent;
using Bluehelm.Platform.Geo;
using NetTopologySuite.Geometries;

namespace Bluehelm.Platform.Maps;

/// <summary>
/// A country's Natural Earth 1:50m outline as NetTopologySuite polygons (x = longitude, y = latitude),
/// one per ring, built once per country. Natural Earth lists outer rings and holes in one list, so each
/// ring is a polygon of its own: a caller decides what a hole means (an odd number of rings holding a
/// point is inside; a union counts an enclave for both countries).
/// </summary>
public static class CountryShapes
{
    /// <summary>The factory the shapes are made with.</summary>
    public static GeometryFactory Factory { get; } = new();

    private static readonly ConcurrentDictionary<string, IReadOnlyList<Polygon>> Cache = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>The country's rings as polygons; empty for an unknown country or one without an outline.</summary>
    public static IReadOnlyList<Polygon> RingsOf(string iso2) => Cache.GetOrAdd(iso2, Load);

    private static List<Polygon> Load(string iso2)
    {
        var polygons = new List<Polygon>();
        if (Countries.Find(iso2) is not { } country)
        {
            return polygons;
        }

        foreach (var outline in WorldOutlines.Instance.FindByIsoNumeric(country.Numeric))
        {
            foreach (var ring in outline.Rings)
            {
                var coordinates = ring.ToArray().Select(p => new Coordinate(p.Longitude, p.Latitude)).ToArray();
                if (coordinates.Length >= 4)
                {
                    polygons.Add(Factory.CreatePolygon(coordinates));
                }
            }
        }

        return polygons;
    }
}
