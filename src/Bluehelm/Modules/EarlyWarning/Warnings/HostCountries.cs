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
    private static readonly ConcurrentDictionary<string, IReadOnlyList<IPreparedGeometry>> Rings = new(StringComparer.Ordinal);

    public static bool Contains(string? iso2, double latitude, double longitude)
    {
        if (string.IsNullOrEmpty(iso2) || Countries.Find(iso2) is not { } country)
        {
            return false;
        }

        var rings = Rings.GetOrAdd(country.Iso2, iso => [.. CountryShapes.RingsOf(iso).Select(PreparedGeometryFactory.Prepare)]);
        var point = CountryShapes.Factory.CreatePoint(new Coordinate(longitude, latitude));
        return rings.Count(r => r.Covers(point)) % 2 == 1;
    }
}
