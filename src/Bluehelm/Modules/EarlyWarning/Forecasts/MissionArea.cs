using Bluehelm.Platform.Geo;
using Bluehelm.Platform.Maps;
using NetTopologySuite.Geometries;
using NetTopologySuite.Geometries.Prepared;

namespace Bluehelm.Modules.EarlyWarning.Forecasts;

/// <summary>
/// The PRIO-GRID cells of a host country: every 0.5° cell whose square intersects the country's
/// Natural Earth outline (countries-50m, through NetTopologySuite). Squares, not centres: a border
/// cell whose centre lies outside still holds the country's events on its side of the border.
/// </summary>
internal static class MissionArea
{
    private static readonly GeometryFactory Factory = new();

    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, int[]> Cache = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>The cells of the country, by gid ascending; empty when the country or its outline is unknown.</summary>
    public static IReadOnlyList<int> CellsOf(string iso2) => Cache.GetOrAdd(iso2, Compute);

    private static int[] Compute(string iso2)
    {
        var rings = CountryShapes.RingsOf(iso2);
        if (rings.Count == 0)
        {
            return [];
        }

        // Natural Earth rings are outer rings and holes in one list; each is taken as a shell and the union
        // keeps what is inside any of them, so an enclave (Lesotho in South Africa) counts for both countries.
        var polygons = rings.Select(p => p.IsValid ? (Geometry)p : p.Buffer(0)).ToList();
        var shape = PreparedGeometryFactory.Prepare(Factory.BuildGeometry(polygons).Union());
        var box = shape.Geometry.EnvelopeInternal;

        var cells = new List<int>();
        for (var lat = Math.Floor(box.MinY * 2) / 2; lat < box.MaxY; lat += 0.5)
        {
            for (var lon = Math.Floor(box.MinX * 2) / 2; lon < box.MaxX; lon += 0.5)
            {
                var square = Factory.ToGeometry(new Envelope(lon, lon + 0.5, lat, lat + 0.5));
                if (shape.Intersects(square))
                {
                    cells.Add(PrioGrid.CellOf(lat + 0.25, NormalizeLongitude(lon + 0.25)));
                }
            }
        }

        return [.. cells.Distinct().Order()];
    }

    private static double NormalizeLongitude(double lon) => lon > 180 ? lon - 360 : lon < -180 ? lon + 360 : lon;

    /// <summary>The 8 cells around a cell (fewer at the poles), columns wrapping at the antimeridian.</summary>
    public static IEnumerable<int> NeighboursOf(int gid)
    {
        var row = (gid - 1) / 720;
        var col = (gid - 1) % 720;
        for (var dr = -1; dr <= 1; dr++)
        {
            for (var dc = -1; dc <= 1; dc++)
            {
                var r = row + dr;
                if ((dr == 0 && dc == 0) || r < 0 || r >= 360)
                {
                    continue;
                }

                var c = (col + dc + 720) % 720;
                yield return (r * 720) + c + 1;
            }
        }
    }
}
