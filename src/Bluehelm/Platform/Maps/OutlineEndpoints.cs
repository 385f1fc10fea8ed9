using System.Collections.Concurrent;
using System.Globalization;
using System.IO.Compression;
using System.Security.Cryptography;
using System.Text.Json;
using Bluehelm.Platform.Geo;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.Net.Http.Headers;

namespace Bluehelm.Platform.Maps;

/// <summary>
/// Country outlines for the zoomable map: a host country and its neighbours from the embedded Natural Earth
/// data, simplified to what a map of one country needs, compressed once and cached by browsers. Public
/// data (Natural Earth is in the public domain), so open to anyone and cacheable.
/// </summary>
public static class OutlineEndpoints
{
    /// <summary>Countries whose outline comes this close (in degrees) to the host's bounding box are drawn with it.</summary>
    public const double NeighbourMarginDegrees = 2.0;

    /// <summary>Douglas–Peucker tolerance in degrees (about 2 km): invisible below zoom 9.</summary>
    public const double ToleranceDegrees = 0.02;

    private const string GeoJson = "application/geo+json";

    private static readonly ConcurrentDictionary<string, Encoded> Cache = new(StringComparer.Ordinal);

    private sealed record Encoded(byte[] Plain, byte[] Gzip, byte[] Brotli, EntityTagHeaderValue Tag);

    internal static void Map(RouteGroupBuilder api)
    {
        api.MapGet("/maps/outlines/{country}", Outlines)
            .WithName("Maps_Outlines")
            .WithTags("Maps")
            .WithSummary("A country (ISO 3166-1 alpha-2) and its neighbours' outlines as simplified GeoJSON (Natural Earth 1:50m).")
            .AllowAnonymous();
    }

    internal static Results<FileContentHttpResult, NotFound> Outlines(string country, HttpContext http)
    {
        if (Countries.Find(country) is not { } found || WorldOutlines.Instance.FindByIsoNumeric(found.Numeric).Count == 0)
        {
            return TypedResults.NotFound();
        }

        var encoded = Cache.GetOrAdd(found.Iso2, iso => Encode(Build(iso)));
        var accepts = http.Request.Headers.AcceptEncoding.ToString();
        var headers = http.Response.Headers;
        headers.Vary = "Accept-Encoding";
        headers.CacheControl = "public, max-age=86400";
        var body = encoded.Plain;
        if (accepts.Contains("br", StringComparison.OrdinalIgnoreCase))
        {
            headers.ContentEncoding = "br";
            body = encoded.Brotli;
        }
        else if (accepts.Contains("gzip", StringComparison.OrdinalIgnoreCase))
        {
            headers.ContentEncoding = "gzip";
            body = encoded.Gzip;
        }

        return TypedResults.Bytes(body, GeoJson, entityTag: encoded.Tag);
    }

    /// <summary>The GeoJSON FeatureCollection for a country: the host (property <c>host</c> true) and its neighbours.</summary>
    public static byte[] Build(string iso2)
    {
        var country = Countries.Find(iso2) ?? throw new ArgumentException($"unknown country {iso2}", nameof(iso2));
        var outlines = WorldOutlines.Instance;
        var hostCode = WorldOutlines.NormalizeIsoNumeric(country.Numeric);
        var hosts = outlines.FindByIsoNumeric(hostCode);
        var box = hosts.Select(h => h.Bounds).Aggregate((a, b) => a.Union(b));
        box = new GeoBounds(
            box.MinLongitude - NeighbourMarginDegrees, box.MinLatitude - NeighbourMarginDegrees,
            box.MaxLongitude + NeighbourMarginDegrees, box.MaxLatitude + NeighbourMarginDegrees);
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream))
        {
            json.WriteStartObject();
            json.WriteString("type", "FeatureCollection");
            json.WriteStartArray("features");
            foreach (var outline in outlines.Countries.Where(c => c.Bounds.Intersects(box)).OrderBy(c => c.IsoNumeric == hostCode))
            {
                WriteFeature(json, outline, outline.IsoNumeric == hostCode, box);
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        return stream.ToArray();
    }

    /// <summary>Only the rings near the host: France is drawn beside Chad by none of its overseas parts.</summary>
    private static void WriteFeature(Utf8JsonWriter json, CountryOutline outline, bool host, GeoBounds near)
    {
        var rings = outline.Rings
            .Where(r => host || GeoBounds.Of(r.Span).Intersects(near))
            .Select(r => Simplify(r.Span))
            .Where(r => r.Count >= 4)
            .ToList();
        if (rings.Count == 0)
        {
            return;
        }

        json.WriteStartObject();
        json.WriteString("type", "Feature");
        json.WriteStartObject("properties");
        json.WriteString("name", outline.Name);
        json.WriteBoolean("host", host);
        json.WriteEndObject();
        json.WriteStartObject("geometry");
        // Natural Earth rings carry no hole/shell structure here, so each ring is its own polygon; holes are rare at this scale.
        json.WriteString("type", "MultiPolygon");
        json.WriteStartArray("coordinates");
        foreach (var ring in rings)
        {
            json.WriteStartArray();
            json.WriteStartArray();
            foreach (var point in ring)
            {
                json.WriteStartArray();
                json.WriteRawValue(Round(point.Longitude));
                json.WriteRawValue(Round(point.Latitude));
                json.WriteEndArray();
            }

            json.WriteEndArray();
            json.WriteEndArray();
        }

        json.WriteEndArray();
        json.WriteEndObject();
        json.WriteEndObject();
    }

    private static string Round(double degrees) => Math.Round(degrees, 3).ToString("0.###", CultureInfo.InvariantCulture);

    /// <summary>Douglas–Peucker on a closed ring (first point repeated last), keeping it closed.</summary>
    internal static List<GeoPoint> Simplify(ReadOnlySpan<GeoPoint> ring)
    {
        var count = ring.Length;
        if (count < 4)
        {
            return [.. ring];
        }

        var keep = new bool[count];
        keep[0] = true;
        keep[count - 1] = true;
        // Split the ring at its farthest vertex from the start, so the two halves are open polylines.
        var far = 0;
        var farDistance = -1.0;
        for (var i = 1; i < count - 1; i++)
        {
            var d = Squared(ring[i], ring[0]);
            if (d > farDistance)
            {
                far = i;
                farDistance = d;
            }
        }

        keep[far] = true;
        var spans = new Stack<(int First, int Last)>();
        spans.Push((0, far));
        spans.Push((far, count - 1));
        var tolerance = ToleranceDegrees * ToleranceDegrees;
        while (spans.TryPop(out var span))
        {
            var farthest = -1;
            var farthestDistance = tolerance;
            for (var i = span.First + 1; i < span.Last; i++)
            {
                var d = ToSegmentSquared(ring[i], ring[span.First], ring[span.Last]);
                if (d > farthestDistance)
                {
                    farthest = i;
                    farthestDistance = d;
                }
            }

            if (farthest >= 0)
            {
                keep[farthest] = true;
                spans.Push((span.First, farthest));
                spans.Push((farthest, span.Last));
            }
        }

        var result = new List<GeoPoint>();
        for (var i = 0; i < count; i++)
        {
            if (keep[i])
            {
                result.Add(ring[i]);
            }
        }

        return result;
    }

    private static double Squared(GeoPoint a, GeoPoint b) =>
        ((a.Longitude - b.Longitude) * (a.Longitude - b.Longitude)) + ((a.Latitude - b.Latitude) * (a.Latitude - b.Latitude));

    private static double ToSegmentSquared(GeoPoint p, GeoPoint a, GeoPoint b)
    {
        var dx = b.Longitude - a.Longitude;
        var dy = b.Latitude - a.Latitude;
        var px = p.Longitude - a.Longitude;
        var py = p.Latitude - a.Latitude;
        var lengthSquared = (dx * dx) + (dy * dy);
        if (lengthSquared > 0)
        {
            var t = Math.Clamp(((px * dx) + (py * dy)) / lengthSquared, 0, 1);
            px -= t * dx;
            py -= t * dy;
        }

        return (px * px) + (py * py);
    }

    private static Encoded Encode(byte[] plain)
    {
        using var gzip = new MemoryStream();
        using (var z = new GZipStream(gzip, CompressionLevel.SmallestSize))
        {
            z.Write(plain);
        }

        using var brotli = new MemoryStream();
        using (var b = new BrotliStream(brotli, CompressionLevel.SmallestSize))
        {
            b.Write(plain);
        }

        var tag = new EntityTagHeaderValue("\"" + Convert.ToHexString(SHA256.HashData(plain), 0, 12) + "\"");
        return new Encoded(plain, gzip.ToArray(), brotli.ToArray(), tag);
    }
}
