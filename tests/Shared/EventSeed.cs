using Bluehelm.Modules.Alerts.Contracts;
using Bluehelm.Modules.Incidents;
using Bluehelm.Platform.Data;
using Bluehelm.Platform.Geo;
using Microsoft.Extensions.DependencyInjection;

namespace Bluehelm.Testing;

/// <summary>
/// Conflict events written straight through the database context (as an import would leave them),
/// for tests of what reads the event store. Each test gives its events a country code of its own, so
/// tests sharing a host filter down to exactly their rows.
/// </summary>
internal static class EventSeed
{
    /// <summary>An imported UCDP-like event; every argument has a plain default.</summary>
    public static ConflictEvent Event(
        string country, DateOnly day, ThreatType threat = ThreatType.AttackOnCivilians, int fatalities = 1, EventSource source = EventSource.UcdpGed,
        string? admin1 = "Ouaka", bool againstCivilians = false, double latitude = 5.75, double longitude = 20.65, Guid? id = null, string? sourceId = null,
        Guid? importId = null, int? rowNumber = null) => new()
    {
        Id = id ?? Guid.CreateVersion7(),
        Source = source,
        Dataset = source == EventSource.UcdpGed ? "UCDP GED" : source.ToString(),
        DatasetVersion = "23.1",
        SourceId = sourceId ?? Guid.NewGuid().ToString("N"),
        ImportId = importId,
        RowNumber = rowNumber,
        DateStart = day,
        DateEnd = day,
        DatePrecision = DatePrecision.Day,
        Latitude = latitude,
        Longitude = longitude,
        CountryIso2 = country,
        Admin1 = admin1,
        Locality = "Bambari",
        PrioGridGid = PrioGrid.CellOf(latitude, longitude),
        Threat = threat,
        AgainstCivilians = againstCivilians,
        SourceType = "3",
        Fatalities = fatalities,
        FatalitiesLow = fatalities,
        FatalitiesHigh = fatalities + 2,
    };

    public static async Task WriteAsync(IServiceProvider services, IEnumerable<ConflictEvent> events, EventImport? import = null)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<BluehelmDbContext>();
        if (import is not null)
        {
            db.Add(import);
        }

        db.AddRange(events);
        await db.SaveChangesAsync();
    }
}
