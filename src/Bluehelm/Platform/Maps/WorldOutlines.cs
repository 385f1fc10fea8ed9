using System.Text.Json;

namespace Bluehelm.Platform.Maps;

/// <summary>
/// Country outlines decoded from the world-atlas TopoJSON (Natural Earth 1:50m) embedded in this assembly.
/// </summary>
public sealed class WorldOutlines
{
    public const string ResourceName = "Bluehelm.Platform.Maps.countries-50m.json";

    private const string CountriesObject = "countries";

    private static readonly Lazy<WorldOutlines> Embedded = new(LoadEmbedded, LazyThreadSafetyMode.ExecutionAndPublication);

    private WorldOutlines(IReadOnlyList<CountryOutline> countries)
    {
        Countries = countries;
    }

    public static WorldOutlines Instance => Embedded.Value;

    public IReadOnlyList<CountryOutline> Countries { get; }

    /// <summary>
    /// All units carrying the ISO 3166-1 numeric code; usually one, but Natural Earth splits some
    /// (e.g. "036" is both Australia and Ashmore and Cartier Is.). Accepts codes without leading zeros.
    /// </summary>
    public IReadOnlyList<CountryOutline> FindByIsoNumeric(string isoNumeric)
    {
        var code = NormalizeIsoNumeric(isoNumeric);
        return Countries.Where(c => c.IsoNumeric == code).ToList();
    }

    public static string NormalizeIsoNumeric(string isoNumeric)
    {
        var trimmed = isoNumeric.Trim();
        return trimmed.Length < 3 && trimmed.All(char.IsAsciiDigit) ? trimmed.PadLeft(3, '0') : trimmed;
    }

    public static WorldOutlines Load(Stream stream)
    {
        using var document = JsonDocument.Parse(stream);
        var root = document.RootElement;

        var arcs = DecodeArcs(root);
        var geometries = root.GetProperty("objects").GetProperty(CountriesObject).GetProperty("geometries");

        var countries = new List<CountryOutline>(geometries.GetArrayLength());
        foreach (var geometry in geometries.EnumerateArray())
        {
            var rings = ReadRings(geometry, arcs);
            if (rings.Count == 0)
            {
                continue;
            }

            UnwrapAntimeridian(rings);

            var isoNumeric = geometry.TryGetProperty("id", out var id) && id.ValueKind == JsonValueKind.String
                ? id.GetString()
                : null;
            var name = geometry.TryGetProperty("properties", out var properties) &&
                       properties.TryGetProperty("name", out var nameElement)
                ? nameElement.GetString() ?? ""
                : "";

            var readOnlyRings = rings.Select(r => new ReadOnlyMemory<GeoPoint>(r)).ToArray();
            countries.Add(new CountryOutline(isoNumeric, name, readOnlyRings, rings.Select(r => GeoBounds.Of(r)).Aggregate((a, b) => a.Union(b))));
        }

        return new WorldOutlines(countries);
    }

    private static WorldOutlines LoadEmbedded()
    {
        var assembly = typeof(WorldOutlines).Assembly;
        using var stream = assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException(
                $"Embedded resource '{ResourceName}' not found in {assembly.GetName().Name}. " +
                $"Available: {string.Join(", ", assembly.GetManifestResourceNames())}");
        return Load(stream);
    }

    private static GeoPoint[][] DecodeArcs(JsonElement root)
    {
        // Quantized topologies store each arc as integer deltas from the previous position;
        // without a transform the positions are absolute coordinates.
        double scaleX = 1, scaleY = 1, translateX = 0, translateY = 0;
        var quantized = root.TryGetProperty("transform", out var transform);
        if (quantized)
        {
            var scale = transform.GetProperty("scale");
            var translate = transform.GetProperty("translate");
            scaleX = scale[0].GetDouble();
            scaleY = scale[1].GetDouble();
            translateX = translate[0].GetDouble();
            translateY = translate[1].GetDouble();
        }

        var arcsElement = root.GetProperty("arcs");
        var arcs = new GeoPoint[arcsElement.GetArrayLength()][];
        var index = 0;
        foreach (var arc in arcsElement.EnumerateArray())
        {
            var points = new GeoPoint[arc.GetArrayLength()];
            double x = 0, y = 0;
            var i = 0;
            foreach (var position in arc.EnumerateArray())
            {
                if (quantized)
                {
                    x += position[0].GetDouble();
                    y += position[1].GetDouble();
                    points[i++] = new GeoPoint(x * scaleX + translateX, y * scaleY + translateY);
                }
                else
                {
                    points[i++] = new GeoPoint(position[0].GetDouble(), position[1].GetDouble());
                }
            }

            arcs[index++] = points;
        }

        return arcs;
    }

    private static List<GeoPoint[]> ReadRings(JsonElement geometry, GeoPoint[][] arcs)
    {
        var rings = new List<GeoPoint[]>();
        if (!geometry.TryGetProperty("type", out var type) || !geometry.TryGetProperty("arcs", out var arcIndexes))
        {
            return rings;
        }

        switch (type.GetString())
        {
            case "Polygon":
                AddPolygon(arcIndexes, arcs, rings);
                break;
            case "MultiPolygon":
                foreach (var polygon in arcIndexes.EnumerateArray())
                {
                    AddPolygon(polygon, arcs, rings);
                }

                break;
        }

        return rings;
    }

    private static void AddPolygon(JsonElement polygon, GeoPoint[][] arcs, List<GeoPoint[]> rings)
    {
        foreach (var ring in polygon.EnumerateArray())
        {
            var points = StitchRing(ring, arcs);
            if (points.Length >= 4)
            {
                rings.Add(points);
            }
        }
    }

    private static GeoPoint[] StitchRing(JsonElement ring, GeoPoint[][] arcs)
    {
        var points = new List<GeoPoint>();
        foreach (var element in ring.EnumerateArray())
        {
            var arcIndex = element.GetInt32();
            var reversed = arcIndex < 0;
            var arc = arcs[reversed ? ~arcIndex : arcIndex];

            // Consecutive arcs share an endpoint, so every arc after the first skips its first position.
            var start = points.Count == 0 ? 0 : 1;
            for (var i = start; i < arc.Length; i++)
            {
                points.Add(arc[reversed ? arc.Length - 1 - i : i]);
            }
        }

        return points.ToArray();
    }

    // world-atlas stitches geometry across the antimeridian (Fiji, Chukotka, the Aleutians), which a planar
    // projection would draw as slivers spanning the whole map. Each ring's longitudes are made continuous and
    // the ring is moved next to the country's largest ring. A ring that winds around a pole (Antarctica)
    // already closes along the map edge, so it is left as it is.
    private static void UnwrapAntimeridian(List<GeoPoint[]> rings)
    {
        for (var i = 0; i < rings.Count; i++)
        {
            if (Unwrap(rings[i]) is { } unwrapped)
            {
                rings[i] = unwrapped;
            }
        }

        var reference = CenterLongitude(rings.MaxBy(r => r.Length)!);
        foreach (var ring in rings)
        {
            var offset = Math.Round((reference - CenterLongitude(ring)) / 360) * 360;
            if (offset != 0)
            {
                for (var i = 0; i < ring.Length; i++)
                {
                    ring[i] = ring[i] with { Longitude = ring[i].Longitude + offset };
                }
            }
        }
    }

    /// <returns>The continuous ring, or null when it does not cross the antimeridian or winds around a pole.</returns>
    private static GeoPoint[]? Unwrap(GeoPoint[] ring)
    {
        var result = new GeoPoint[ring.Length];
        result[0] = ring[0];
        var shift = 0.0;
        var crossed = false;
        for (var i = 1; i < ring.Length; i++)
        {
            var delta = ring[i].Longitude - ring[i - 1].Longitude;
            if (Math.Abs(delta) > 180)
            {
                shift -= Math.Sign(delta) * 360;
                crossed = true;
            }

            result[i] = ring[i] with { Longitude = ring[i].Longitude + shift };
        }

        return crossed && shift == 0 ? result : null;
    }

    private static double CenterLongitude(GeoPoint[] ring)
    {
        double min = double.MaxValue, max = double.MinValue;
        foreach (var point in ring)
        {
            min = Math.Min(min, point.Longitude);
            max = Math.Max(max, point.Longitude);
        }

        return (min + max) / 2;
    }
}
