using System.Collections.Concurrent;
using Bluehelm.Platform.Geo;
using Bluehelm.Platform.Maps;
using NetTopologySuite.Geometries;
using NetTopologySuite.Geometries.Prepared;

namespace Bluehelm.Modules.EarlyWarning.Warnings;

/// <summary>
/// Whether a point lies in a country (Natural Earth 1:50m outlines from Platform/Maps, through
/// NetTopologySuite): inside when an odd number of the country's rings hold it, so a lake or an enclave
/// cut out of the outline is outside. Each country's rings are prepared once.
/// </summary>
internal static class HostCountries
{
    private static readonly GeometryFactory Factory = new();
    private static readonly ConcurrentDictionary<string, IReadOnlyList<IPreparedGeometry>> Rings = new(StringComparer.Ordinal);

    public static bool Contains(string? iso2, double latitude, double longitude)
    {
        if (string.IsNullOrEmpty(iso2) || Countries.Find(iso2) is not { } country)
        {
            return false;
        }

        var rings = Rings.GetOrAdd(country.Iso2, _ => Load(country.Numeric));
        var point = Factory.CreatePoint(new Coordinate(longitude, latitude));
        return rings.Count(r => r.Covers(point)) % 2 == 1;
    }

    private static List<IPreparedGeometry> Load(string numeric)
    {
        var list = new List<IPreparedGeometry>();
        foreach (var outline in WorldOutlines.Instance.FindByIsoNumeric(numeric))
        {
            foreach (var ring in outline.Rings)
            {
                var coordinates = ring.ToArray().Select(p => new Coordinate(p.Longitude, p.Latitude)).ToArray();
                if (coordinates.Length >= 4)
                {
                    list.Add(PreparedGeometryFactory.Prepare(Factory.CreatePolygon(coordinates)));
                }
            }
        }

        return list;
    }
}
