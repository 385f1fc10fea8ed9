using System.Runtime.CompilerServices;
using Bluehelm.Modules.Incidents.Contracts;
using Bluehelm.Platform.Data;
using Microsoft.EntityFrameworkCore;

namespace Bluehelm.Modules.Incidents;

/// <summary>The Incidents module's answer to <see cref="IConflictEvents"/>.</summary>
internal sealed class ConflictEventStore(BluehelmDbContext db) : IConflictEvents
{
    public async IAsyncEnumerable<EventPoint> PointsAsync(EventQuery query, [EnumeratorCancellation] CancellationToken ct)
    {
        var rows = Filter(query).OrderBy(e => e.DateStart).ThenBy(e => e.Id)
            .Select(e => new EventPoint(e.Id, e.DateStart, e.Latitude, e.Longitude, e.PrioGridGid, e.Threat, e.AgainstCivilians, e.Fatalities, e.CivilianDeaths))
            .AsAsyncEnumerable();
        await foreach (var row in rows.WithCancellation(ct))
        {
            yield return row;
        }
    }

    public Task<int> CountAsync(EventQuery query, CancellationToken ct) => Filter(query).CountAsync(ct);

    internal IQueryable<ConflictEvent> Filter(EventQuery q)
    {
        var events = db.Set<ConflictEvent>().AsNoTracking();
        if (q.CountryIso2 is { } iso)
        {
            var upper = iso.ToUpperInvariant();
            events = events.Where(e => e.CountryIso2 == upper);
        }

        if (q.From is { } from)
        {
            events = events.Where(e => e.DateStart >= from);
        }

        if (q.To is { } to)
        {
            events = events.Where(e => e.DateStart <= to);
        }

        if (q.Threats is { Count: > 0 } threats)
        {
            events = events.Where(e => threats.Contains(e.Threat));
        }

        if (q.AgainstCivilians is { } civilians)
        {
            events = events.Where(e => e.AgainstCivilians == civilians);
        }

        if (q.MinFatalities is { } min)
        {
            events = events.Where(e => e.Fatalities >= min);
        }

        if (q.Box is { } box)
        {
            events = events.Where(e => e.Latitude >= box.South && e.Latitude <= box.North);
            events = box.West <= box.East
                ? events.Where(e => e.Longitude >= box.West && e.Longitude <= box.East)
                : events.Where(e => e.Longitude >= box.West || e.Longitude <= box.East);
        }

        return events;
    }
}
