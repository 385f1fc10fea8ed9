using Bluehelm.Modules.Alerts.Contracts;
using Bluehelm.Modules.Incidents;
using Bluehelm.Platform.Data;
using Bluehelm.Platform.Geo;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Bluehelm.Testing;

/// <summary>
/// Conflict events for the hotspot tests, written straight into the event store in place of the demo's GED
/// extract: in the Central African Republic in 2021, 8 events within 2 km of
/// Bangui, 6 within 2 km of Bria, 2 isolated events, and one 2019 event in Bangui outside the default period.
/// </summary>
internal static class HotspotSeed
{
    internal static readonly DateOnly Latest = new(2021, 12, 20);

    internal static async Task SeedAsync(IServiceProvider services)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<BluehelmDbContext>();

        // The hotspot tests read known events only: the demo's UCDP extract, seeded on first run, is taken out first.
        await db.Set<ConflictEvent>().Where(e => e.Source == EventSource.UcdpGed && e.Dataset != "hotspot-test").ExecuteDeleteAsync();
        var n = 0;
        void Add(double lat, double lon, DateOnly date, int deaths, ThreatType threat = ThreatType.AttackOnCivilians) =>
            db.Set<ConflictEvent>().Add(new ConflictEvent
            {
                Source = EventSource.UcdpGed,
                Dataset = "hotspot-test",
                SourceId = "hs-" + (++n).ToString(System.Globalization.CultureInfo.InvariantCulture),
                DateStart = date,
                DateEnd = date,
                Latitude = lat,
                Longitude = lon,
                CountryIso2 = "CF",
                PrioGridGid = PrioGrid.CellOf(lat, lon),
                Threat = threat,
                AgainstCivilians = threat == ThreatType.AttackOnCivilians,
                Fatalities = deaths,
            });

        for (var i = 0; i < 8; i++)
        {
            Add(4.36 + (i * 0.002), 18.55 + (i * 0.001), new DateOnly(2021, 3, 1).AddDays(i * 30), 2);
        }

        for (var i = 0; i < 6; i++)
        {
            Add(6.54 + (i * 0.002), 21.99 - (i * 0.002), new DateOnly(2021, 6, 1).AddDays(i * 10), 1, ThreatType.ArmedClashNearCivilians);
        }

        Add(10.29, 22.78, new DateOnly(2021, 5, 5), 0);
        Add(5.76, 16.48, Latest, 3);
        Add(4.36, 18.55, new DateOnly(2019, 7, 1), 10);
        await db.SaveChangesAsync();
    }
}
