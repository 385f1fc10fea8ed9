using System.Text.Json;

namespace Bluehelm.Modules.Incidents;

/// <summary>A page of events as a GeoJSON FeatureCollection (RFC 7946): points in [longitude, latitude], the event's fields as properties.</summary>
internal static class EventGeoJson
{
    public static void Write(Utf8JsonWriter json, EventPage page)
    {
        json.WriteStartObject();
        json.WriteString("type", "FeatureCollection");
        if (page.Next is { } next)
        {
            json.WriteString("next", next);
        }
        else
        {
            json.WriteNull("next");
        }

        json.WriteStartArray("features");
        foreach (var e in page.Items)
        {
            json.WriteStartObject();
            json.WriteString("type", "Feature");
            json.WriteString("id", e.Id);
            json.WriteStartObject("geometry");
            json.WriteString("type", "Point");
            json.WriteStartArray("coordinates");
            json.WriteNumberValue(Math.Round(e.Longitude, 6));
            json.WriteNumberValue(Math.Round(e.Latitude, 6));
            json.WriteEndArray();
            json.WriteEndObject();
            json.WriteStartObject("properties");
            json.WriteString("dateStart", e.DateStart.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
            json.WriteString("dateEnd", e.DateEnd.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
            json.WriteString("datePrecision", EventNames.Kebab(e.DatePrecision));
            WriteOrNull(json, "locality", e.Locality);
            WriteOrNull(json, "admin1", e.Admin1);
            WriteOrNull(json, "countryIso2", e.CountryIso2);
            json.WriteString("threat", EventNames.Kebab(e.Threat));
            json.WriteBoolean("againstCivilians", e.AgainstCivilians);
            WriteOrNull(json, "sourceType", e.SourceType);
            WriteOrNull(json, "sourceSubType", e.SourceSubType);
            json.WriteNumber("fatalities", e.Fatalities);
            WriteOrNull(json, "fatalitiesLow", e.FatalitiesLow);
            WriteOrNull(json, "fatalitiesHigh", e.FatalitiesHigh);
            WriteOrNull(json, "civilianDeaths", e.CivilianDeaths);
            json.WriteString("source", EventNames.Kebab(e.Source));
            json.WriteString("dataset", e.Dataset);
            json.WriteString("sourceId", e.SourceId);
            if (e.AlertId is { } alert)
            {
                json.WriteString("alertId", alert);
            }

            json.WriteEndObject();
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteEndObject();
    }

    private static void WriteOrNull(Utf8JsonWriter json, string name, string? value)
    {
        if (value is null)
        {
            json.WriteNull(name);
        }
        else
        {
            json.WriteString(name, value);
        }
    }

    private static void WriteOrNull(Utf8JsonWriter json, string name, int? value)
    {
        if (value is { } v)
        {
            json.WriteNumber(name, v);
        }
        else
        {
            json.WriteNull(name);
        }
    }
}
