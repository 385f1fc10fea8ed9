using System.Linq.Expressions;
using System.Security.Claims;
using Bluehelm.Modules.Missions.Contracts;
using Bluehelm.Platform.Data;
using Bluehelm.Platform.Identity;
using Microsoft.EntityFrameworkCore;

namespace Bluehelm.Modules.Incidents;

/// <summary>
/// Reads of the event store for the list, map and API. Imported events are open to every reader;
/// a Bluehelm incident only to administrators and the people of its mission (it may say more than a
/// public dataset would). Pages are keyset-paged newest first on (start date, id), served by the
/// (DateStart, Id) index and its per-country, per-threat and per-source variants, so a page deep in a
/// million events costs what the first one does.
/// </summary>
internal sealed class EventQueries(BluehelmDbContext db, IMissionDirectory missions)
{
    /// <summary>Rows per page on the pages; the API may ask up to <see cref="MaxLimit"/>.</summary>
    public const int PageSize = 50;

    public const int MaxLimit = 500;

    /// <summary>
    /// The count beside a page stops here: counting every match of a broad filter over a million rows
    /// would cost more than the page itself, and "more than 10,000" tells a reader as much.
    /// </summary>
    public const int CountCap = 10_000;

    public async Task<IQueryable<ConflictEvent>> VisibleAsync(ClaimsPrincipal user, CancellationToken ct)
    {
        var events = db.Set<ConflictEvent>().AsNoTracking();
        if (user.IsInRole(Roles.Admin))
        {
            return events;
        }

        var scopes = user.MissionScopes();
        var ids = scopes.Count == 0 ? [] : (await missions.IdsAsync(scopes, ct)).Cast<Guid?>().ToList();
        return ids.Count == 0 ? events.Where(e => e.MissionId == null) : events.Where(e => e.MissionId == null || ids.Contains(e.MissionId));
    }

    public static IQueryable<ConflictEvent> Apply(IQueryable<ConflictEvent> q, EventFilter f)
    {
        if (f.From is { } from)
        {
            q = q.Where(e => e.DateStart >= from);
        }

        if (f.To is { } to)
        {
            q = q.Where(e => e.DateStart <= to);
        }

        if (f.Threats is { Count: 1 })
        {
            var only = f.Threats[0];
            q = q.Where(e => e.Threat == only);
        }
        else if (f.Threats is { Count: > 1 } threats)
        {
            q = q.Where(e => threats.Contains(e.Threat));
        }

        if (f.Source is { } source)
        {
            q = q.Where(e => e.Source == source);
        }

        if (!string.IsNullOrWhiteSpace(f.Admin1))
        {
            var admin1 = f.Admin1.Trim();
            q = q.Where(e => e.Admin1 != null && e.Admin1.StartsWith(admin1));
        }

        if (!string.IsNullOrWhiteSpace(f.CountryIso2))
        {
            var iso = f.CountryIso2.Trim().ToUpperInvariant();
            q = q.Where(e => e.CountryIso2 == iso);
        }

        if (f.MinFatalities is { } min)
        {
            q = q.Where(e => e.Fatalities >= min);
        }

        if (f.CiviliansOnly)
        {
            q = q.Where(e => e.AgainstCivilians);
        }

        return q;
    }

    /// <summary>
    /// One page newest first after <paramref name="cursor"/> (null: the newest), with the count of the
    /// filtered set up to <see cref="CountCap"/>. The keys of up to <see cref="SparseKeys"/> + 1 matches are
    /// read first, in whatever order the best index for the filters gives them (no sort, so a rare filter
    /// such as "at least 1,000 deaths" reads only its matches, through its own index). When that is all of
    /// them, the page is cut from those keys in memory. When there are more, the matches are dense enough
    /// for the ordered (DateStart, Id) walk to find a page's worth quickly, and the database counts up to the cap.
    /// </summary>
    public async Task<EventPage> PageAsync(ClaimsPrincipal user, EventFilter filter, (DateOnly Day, Guid Id)? cursor, int limit, CancellationToken ct)
    {
        var filtered = Apply(await VisibleAsync(user, ct), filter);
        var keys = await KeysQuery(filtered, SparseKeys + 1).ToListAsync(ct);
        List<EventSummary> rows;
        int matching;
        if (keys.Count <= SparseKeys)
        {
            matching = keys.Count;
            var ids = keys
                .Where(k => cursor is not { } c || k.DateStart < c.Day || (k.DateStart == c.Day && k.Id.CompareTo(c.Id) < 0))
                .OrderByDescending(k => k.DateStart).ThenByDescending(k => k.Id).Take(limit + 1).Select(k => k.Id).ToList();
            rows = ids.Count == 0 ? [] : await db.Set<ConflictEvent>().AsNoTracking().Where(e => ids.Contains(e.Id)).Select(Summary).ToListAsync(ct);
            rows = [.. rows.OrderByDescending(e => e.DateStart).ThenByDescending(e => e.Id)];
        }
        else
        {
            rows = await PageQuery(filtered, cursor, limit).ToListAsync(ct);
            matching = await KeysQuery(filtered, CountCap + 1).CountAsync(ct);
        }

        var next = rows.Count > limit ? EventCursor.Make(rows[limit - 1].DateStart, rows[limit - 1].Id) : null;
        return new EventPage(rows.Take(limit).ToList(), next, Math.Min(matching, CountCap), matching > CountCap);
    }

    /// <summary>Up to this many matches, a filtered set is paged from its keys in memory.</summary>
    public const int SparseKeys = 2_000;

    /// <summary>The ordered page query, one more row than <paramref name="limit"/> to know whether another page follows.</summary>
    internal static IQueryable<EventSummary> PageQuery(IQueryable<ConflictEvent> filtered, (DateOnly Day, Guid Id)? cursor, int limit)
    {
        if (cursor is { } c)
        {
            var (day, id) = c;
            // The redundant "DateStart <= day" gives PostgreSQL an index range to start from (an OR alone makes it walk from the newest row).
            filtered = filtered.Where(e => e.DateStart <= day && (e.DateStart < day || e.Id.CompareTo(id) < 0));
        }

        return filtered.OrderByDescending(e => e.DateStart).ThenByDescending(e => e.Id).Take(limit + 1).Select(Summary);
    }

    /// <summary>
    /// The (date, id) keys of up to <paramref name="take"/> matches, deliberately unordered: the database
    /// reads them from the index that best serves the filters, and stops at the cap.
    /// </summary>
    internal static IQueryable<EventKey> KeysQuery(IQueryable<ConflictEvent> filtered, int take) =>
        filtered.Select(e => new EventKey(e.DateStart, e.Id)).Take(take);

    /// <summary>One event with its provenance (the import that wrote it) or its incident, or null when the user may not see it.</summary>
    public async Task<EventDetail?> GetAsync(ClaimsPrincipal user, Guid id, CancellationToken ct)
    {
        var e = await (await VisibleAsync(user, ct)).SingleOrDefaultAsync(x => x.Id == id, ct);
        if (e is null)
        {
            return null;
        }

        var import = e.ImportId is { } importId
            ? await db.Set<EventImport>().AsNoTracking().Where(i => i.Id == importId)
                .Select(i => new EventProvenance(i.Format, i.FileName, i.Sha256, i.ImportedAt, i.ImportedBy)).SingleOrDefaultAsync(ct)
            : null;
        var incident = await db.Set<Incident>().AsNoTracking().Where(i => i.EventId == e.Id)
            .Select(i => new IncidentDto(i.Id, i.AlertId, i.WhatHappened, i.Killed, i.Injured, i.CivilianDeaths, i.Perpetrator, i.Threat, i.VerifiedBy, i.VerifiedAt))
            .SingleOrDefaultAsync(ct);
        var mission = e.MissionId is { } missionId ? (await missions.FindAsync(missionId, ct))?.Code : null;
        return new EventDetail(
            e.Id, e.Source, e.Dataset, e.DatasetVersion, e.SourceId, e.RowNumber, import,
            e.DateStart, e.DateEnd, e.DatePrecision, e.Latitude, e.Longitude, e.GeoPrecision, e.CountryIso2, e.Admin1, e.Admin2, e.Locality, e.PrioGridGid,
            e.Threat, e.AgainstCivilians, e.SourceType, e.SourceSubType, e.CivilianTargeting, e.Actor1, e.Actor2,
            e.Fatalities, e.FatalitiesLow, e.FatalitiesHigh, e.CivilianDeaths, e.Notes, mission, e.AlertId, incident);
    }

    internal static readonly Expression<Func<ConflictEvent, EventSummary>> Summary = e => new EventSummary(
        e.Id, e.DateStart, e.DateEnd, e.DatePrecision, e.Latitude, e.Longitude, e.Locality, e.Admin1, e.CountryIso2, e.Threat, e.AgainstCivilians,
        e.SourceType, e.SourceSubType, e.Fatalities, e.FatalitiesLow, e.FatalitiesHigh, e.CivilianDeaths, e.Source, e.Dataset, e.SourceId, e.AlertId);
}
