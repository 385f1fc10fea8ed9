using System.Globalization;
using System.Text;
using System.Text.Json;

namespace Bluehelm.Modules.EarlyWarning.Hotspots;

/// <summary>Clusters as a GeoJSON FeatureCollection (RFC 7946): each hull a Polygon (a Point or LineString when its events are fewer than three distinct places).</summary>
internal static class HotspotGeoJson
{
    internal static string Clusters(IReadOnlyList<ClusterSummary> clusters)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer))
        {
            json.WriteStartObject();
            json.WriteString("type", "FeatureCollection");
            json.WriteStartArray("features");
            foreach (var c in clusters)
            {
                json.WriteStartObject();
                json.WriteString("type", "Feature");
                json.WriteStartObject("geometry");
                var ring = c.Hull;
                if (ring.Count >= 4)
                {
                    json.WriteString("type", "Polygon");
                    json.WriteStartArray("coordinates");
                    json.WriteStartArray();
                    foreach (var p in ring)
                    {
                        Position(json, p);
                    }

                    json.WriteEndArray();
                    json.WriteEndArray();
                }
                else if (ring.Count >= 2)
                {
                    json.WriteString("type", "LineString");
                    json.WriteStartArray("coordinates");
                    foreach (var p in ring)
                    {
                        Position(json, p);
                    }

                    json.WriteEndArray();
                }
                else
                {
                    json.WriteString("type", "Point");
                    json.WritePropertyName("coordinates");
                    Position(json, (c.Longitude, c.Latitude));
                }

                json.WriteEndObject();
                json.WriteStartObject("properties");
                json.WriteNumber("cluster", c.Cluster);
                json.WriteNumber("events", c.Events);
                json.WriteNumber("fatalities", c.Fatalities);
                json.WriteString("first", c.First.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
                json.WriteString("last", c.Last.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
                json.WriteNumber("radiusKm", Math.Round(c.RadiusKm, 3));
                json.WriteEndObject();
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.ToArray());
    }

    private static void Position(Utf8JsonWriter json, (double Longitude, double Latitude) p)
    {
        json.WriteStartArray();
        json.WriteNumberValue(Math.Round(p.Longitude, 6));
        json.WriteNumberValue(Math.Round(p.Latitude, 6));
        json.WriteEndArray();
    }
}
