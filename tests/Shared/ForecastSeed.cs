using System.Globalization;
using System.Text.Json;
using Bluehelm.Modules.Alerts.Contracts;
using Bluehelm.Modules.Incidents;
using Bluehelm.Platform.Data;
using Bluehelm.Platform.Geo;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Bluehelm.Testing;

/// <summary>
/// Puts conflict events into the event store for the forecast tests: the UCDP GED 23.1 extract for the
/// Central African Republic (read here with System.Text.Json, GED codebook columns: <c>type_of_violence</c>
/// 3 is one-sided violence, i.e. against civilians; <c>best</c> the best estimate of deaths), or hand-made events.
/// Rows already in the store (same source and GED id, e.g. from the demo seed) are left alone.
/// </summary>
public static class ForecastSeed
{
    public static string GedFile => Path.Combine(RepoPaths.ReferenceData, "ucdp-ged-23.1-central-african-republic.geojson");

    internal static List<ConflictEvent> GedEvents()
    {
        using var stream = File.OpenRead(GedFile);
        using var doc = JsonDocument.Parse(stream);
        var rows = new List<ConflictEvent>();
        var row = 0;
        foreach (var f in doc.RootElement.GetProperty("features").EnumerateArray())
        {
            row++;
            var p = f.GetProperty("properties");
            var xy = f.GetProperty("geometry").GetProperty("coordinates");
            var (lon, lat) = (xy[0].GetDouble(), xy[1].GetDouble());
            var type = p.GetProperty("type_of_violence").GetInt32();
            var start = DateOnly.FromDateTime(DateTime.Parse(p.GetProperty("date_start").GetString()!, CultureInfo.InvariantCulture));
            var end = DateOnly.FromDateTime(DateTime.Parse(p.GetProperty("date_end").GetString()!, CultureInfo.InvariantCulture));
            rows.Add(new ConflictEvent
            {
                Source = EventSource.UcdpGed,
                Dataset = "UCDP GED",
                DatasetVersion = "23.1",
                SourceId = p.GetProperty("id").GetInt32().ToString(CultureInfo.InvariantCulture),
                RowNumber = row,
                DateStart = start,
                DateEnd = end,
                Latitude = lat,
                Longitude = lon,
                GeoPrecision = p.GetProperty("where_prec").GetInt32(),
                CountryIso2 = "CF",
                Admin1 = p.GetProperty("adm_1").GetString(),
                PrioGridGid = p.GetProperty("priogrid_gid").GetInt32(),
                Threat = type == 3 ? ThreatType.AttackOnCivilians : ThreatType.ArmedClashNearCivilians,
                AgainstCivilians = type == 3,
                SourceType = type.ToString(CultureInfo.InvariantCulture),
                Actor1 = p.GetProperty("side_a").GetString(),
                Actor2 = p.GetProperty("side_b").GetString(),
                Fatalities = p.GetProperty("best").GetInt32(),
                FatalitiesLow = p.GetProperty("low").GetInt32(),
                FatalitiesHigh = p.GetProperty("high").GetInt32(),
                CivilianDeaths = p.GetProperty("deaths_civilians").GetInt32(),
            });
        }

        return rows;
    }

    /// <summary>A hand-made event in the Central African Republic (source HXL, so it never collides with GED ids).</summary>
    internal static ConflictEvent Event(DateOnly date, double latitude, double longitude, bool againstCivilians, int fatalities = 1) => new()
    {
        Source = EventSource.Hxl,
        Dataset = "forecast tests",
        SourceId = Guid.NewGuid().ToString("N"),
        DateStart = date,
        DateEnd = date,
        Latitude = latitude,
        Longitude = longitude,
        CountryIso2 = "CF",
        PrioGridGid = PrioGrid.CellOf(latitude, longitude),
        Threat = againstCivilians ? ThreatType.AttackOnCivilians : ThreatType.ArmedClashNearCivilians,
        AgainstCivilians = againstCivilians,
        Fatalities = fatalities,
    };

    /// <summary>Inserts the rows not yet in the store; returns how many were added.</summary>
    internal static async Task<int> InsertAsync(IServiceProvider services, IEnumerable<ConflictEvent> events)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<BluehelmDbContext>();
        var existing = (await db.Set<ConflictEvent>().Select(e => new { e.Source, e.SourceId }).ToListAsync())
            .Select(e => (e.Source, e.SourceId)).ToHashSet();
        var added = events.Where(e => !existing.Contains((e.Source, e.SourceId))).ToList();
        db.Set<ConflictEvent>().AddRange(added);
        await db.SaveChangesAsync();
        return added.Count;
    }
}
