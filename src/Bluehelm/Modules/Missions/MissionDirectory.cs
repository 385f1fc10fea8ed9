using Bluehelm.Modules.Missions.Contracts;
using Bluehelm.Platform.Data;
using Bluehelm.Platform.Geo;
using Bluehelm.Platform.Idempotency;
using Microsoft.EntityFrameworkCore;

namespace Bluehelm.Modules.Missions;

/// <summary>
/// The Missions module's answer to <see cref="IMissionDirectory"/>. Missions and sites change rarely
/// and intake asks for them on every alert, so they are kept in memory: all missions as one list,
/// sites per mission, each for at most <see cref="IMissionDirectory.MaxStaleness"/>.
/// </summary>
internal sealed class MissionDirectory(BluehelmDbContext db, TimeProvider time, MissionDirectoryCache cache) : IMissionDirectory
{
    public async Task<MissionRef?> FindAsync(string code, CancellationToken ct) =>
        (await SnapshotAsync(ct)).ByCode.GetValueOrDefault(code.Trim())
        ?? (await SnapshotAsync(ct, reload: true)).ByCode.GetValueOrDefault(code.Trim());

    public async Task<MissionRef?> FindAsync(Guid id, CancellationToken ct) =>
        (await SnapshotAsync(ct)).ById.GetValueOrDefault(id)
        ?? (await SnapshotAsync(ct, reload: true)).ById.GetValueOrDefault(id);

    public async Task<MissionRef> EnsureAsync(string code, CancellationToken ct)
    {
        var clean = code.Trim().ToUpperInvariant();
        if (clean.Length is 0 or > 16)
        {
            throw new ArgumentException("A mission code has 1 to 16 characters.", nameof(code));
        }

        if (await FindAsync(clean, ct) is { } known)
        {
            return known;
        }

        // Not known to be current: it ends "today" so mission pickers of live work do not offer it.
        var mission = MissionCatalogue.Find(clean)?.ToMission()
            ?? new Mission { Code = clean, NameEn = clean, NameFr = clean, EndDate = DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime) };
        db.Set<Mission>().Add(mission);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException ex) when (UniqueKeyViolation.Is(ex))
        {
            // Another importer added it first: theirs is the one.
            db.Entry(mission).State = EntityState.Detached;
        }
        finally
        {
            cache.Invalidate();
        }

        return await FindAsync(clean, ct) ?? throw new InvalidOperationException("The mission " + clean + " was neither found nor added.");
    }

    public async Task<IReadOnlyList<MissionRef>> AllAsync(CancellationToken ct) => (await SnapshotAsync(ct)).All;

    public async Task<IReadOnlyList<Guid>> IdsAsync(IEnumerable<string> codes, CancellationToken ct)
    {
        var snapshot = await SnapshotAsync(ct);
        return [.. codes.Select(c => snapshot.ByCode.GetValueOrDefault(c.Trim())).OfType<MissionRef>().Select(m => m.Id).Distinct()];
    }

    public async Task<IReadOnlyList<SiteRef>> SitesAsync(Guid missionId, CancellationToken ct)
    {
        var now = time.GetUtcNow();
        if (cache.Sites.TryGetValue(missionId, out var entry) && Fresh(entry.Loaded, now))
        {
            return entry.Sites;
        }

        var sites = await db.Set<Site>().AsNoTracking().Where(s => s.MissionId == missionId)
            .Select(s => new SiteRef(s.Id, s.Name, s.Latitude, s.Longitude, s.LastYear)).ToListAsync(ct);
        cache.Sites[missionId] = (now, sites);
        return sites;
    }

    public async Task<NearestSite?> NearestSiteAsync(Guid missionId, double latitude, double longitude, CancellationToken ct)
    {
        var sites = await SitesAsync(missionId, ct);
        if (sites.Count == 0)
        {
            return null;
        }

        var latest = sites.Max(s => s.LastYear);
        return sites.Where(s => s.LastYear == latest)
            .Select(s => new NearestSite(s, GeoMath.DistanceKm(latitude, longitude, s.Latitude, s.Longitude)))
            .MinBy(x => x.DistanceKm);
    }

    public async Task<IReadOnlyList<UnitRef>> UnitsAsync(Guid missionId, CancellationToken ct) =>
        await WithSitesAsync(await db.Set<Unit>().AsNoTracking().Where(u => u.MissionId == missionId).OrderBy(u => u.Name).ToListAsync(ct), ct);

    public async Task<IReadOnlyList<UnitRef>> UnitsAsync(IEnumerable<Guid> ids, CancellationToken ct)
    {
        var list = ids.Distinct().ToList();
        return await WithSitesAsync(await db.Set<Unit>().AsNoTracking().Where(u => list.Contains(u.Id)).ToListAsync(ct), ct);
    }

    /// <summary>The units with their sites, taken from the cached site lists of their missions.</summary>
    private async Task<IReadOnlyList<UnitRef>> WithSitesAsync(List<Unit> units, CancellationToken ct)
    {
        var sites = new Dictionary<Guid, SiteRef>();
        foreach (var missionId in units.Where(u => u.SiteId is not null).Select(u => u.MissionId).Distinct())
        {
            foreach (var s in await SitesAsync(missionId, ct))
            {
                sites[s.Id] = s;
            }
        }

        return [.. units.Select(u => new UnitRef(
            u.Id, u.MissionId, u.Name, u.ContributingCountryIso2, u.Type, u.Strength,
            u.SiteId is { } siteId ? sites.GetValueOrDefault(siteId) : null))];
    }

    private static bool Fresh(DateTimeOffset loaded, DateTimeOffset now) =>
        now - loaded < IMissionDirectory.MaxStaleness && now >= loaded;

    /// <summary>
    /// The cached missions, read again when older than the staleness limit, or on a miss
    /// (<paramref name="reload"/>): a mission another process has just imported is found at once.
    /// </summary>
    private async Task<MissionDirectoryCache.Snapshot> SnapshotAsync(CancellationToken ct, bool reload = false)
    {
        var now = time.GetUtcNow();
        if (!reload && cache.Missions is { } current && Fresh(current.Loaded, now))
        {
            return current;
        }

        var rows = await db.Set<Mission>().AsNoTracking().OrderBy(m => m.Code)
            .Select(m => new { m.Id, m.Code, m.NameEn, m.NameFr, m.HostCountryIso2, m.EndDate }).ToListAsync(ct);
        var snapshot = new MissionDirectoryCache.Snapshot(
            now,
            [.. rows.Select(m => new MissionRef(m.Id, m.Code, m.NameEn, m.NameFr, m.HostCountryIso2, m.EndDate is null))]);
        cache.Missions = snapshot;
        return snapshot;
    }
}
