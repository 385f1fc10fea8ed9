using System.Collections.Concurrent;
using Bluehelm.Platform.Data;
using Bluehelm.Platform.Geo;
using Microsoft.EntityFrameworkCore;

namespace Bluehelm.Modules.Missions;

/// <summary>A mission as other modules know it.</summary>
public sealed record MissionRef(Guid Id, string Code, string NameEn, string NameFr, string? HostCountryIso2 = null);

/// <summary>A deployment site as other modules know it.</summary>
public sealed record SiteRef(Guid Id, string Name, double Latitude, double Longitude, int LastYear);

/// <summary>A unit as other modules know it.</summary>
public sealed record UnitRef(Guid Id, Guid MissionId, string Name, string? ContributingCountryIso2);

/// <summary>
/// The Missions module's contract for other modules: missions by code, sites (for the nearest site
/// and place names), units. Sites change rarely, so each mission's list is kept in memory briefly:
/// intake computes a nearest site for every alert.
/// </summary>
public sealed class MissionDirectory(BluehelmDbContext db, TimeProvider time, MissionDirectoryCache cache)
{
    private ConcurrentDictionary<Guid, (DateTimeOffset Loaded, IReadOnlyList<SiteRef> Sites)> SiteCache => cache.Sites;

    private ConcurrentDictionary<string, MissionRef> MissionCache => cache.Missions;

    public async Task<MissionRef?> FindAsync(string code, CancellationToken ct)
    {
        if (MissionCache.TryGetValue(code, out var cached))
        {
            return cached;
        }

        var upper = code.Trim().ToUpperInvariant();
        var m = await db.Set<Mission>().AsNoTracking().Where(x => x.Code == upper)
            .Select(x => new MissionRef(x.Id, x.Code, x.NameEn, x.NameFr, x.HostCountryIso2)).SingleOrDefaultAsync(ct);
        if (m is not null)
        {
            MissionCache[code] = m;
        }

        return m;
    }

    public async Task<MissionRef?> FindAsync(Guid id, CancellationToken ct) =>
        await db.Set<Mission>().AsNoTracking().Where(x => x.Id == id).Select(x => new MissionRef(x.Id, x.Code, x.NameEn, x.NameFr, x.HostCountryIso2)).SingleOrDefaultAsync(ct);

    public async Task<IReadOnlyList<SiteRef>> SitesAsync(Guid missionId, CancellationToken ct)
    {
        if (SiteCache.TryGetValue(missionId, out var entry) && time.GetUtcNow() - entry.Loaded < TimeSpan.FromMinutes(5))
        {
            return entry.Sites;
        }

        var sites = await db.Set<Site>().AsNoTracking().Where(s => s.MissionId == missionId)
            .Select(s => new SiteRef(s.Id, s.Name, s.Latitude, s.Longitude, s.LastYear)).ToListAsync(ct);
        SiteCache[missionId] = (time.GetUtcNow(), sites);
        return sites;
    }

    /// <summary>The nearest site still in use (latest year of data) and its great-circle distance.</summary>
    public async Task<(SiteRef Site, double DistanceKm)?> NearestSiteAsync(Guid missionId, double latitude, double longitude, CancellationToken ct)
    {
        var sites = await SitesAsync(missionId, ct);
        if (sites.Count == 0)
        {
            return null;
        }

        var latest = sites.Max(s => s.LastYear);
        return sites.Where(s => s.LastYear == latest)
            .Select(s => (Site: s, DistanceKm: GeoMath.DistanceKm(latitude, longitude, s.Latitude, s.Longitude)))
            .MinBy(x => x.DistanceKm);
    }

    public async Task<IReadOnlyList<UnitRef>> UnitsAsync(Guid missionId, CancellationToken ct) =>
        await db.Set<Unit>().AsNoTracking().Where(u => u.MissionId == missionId).OrderBy(u => u.Name)
            .Select(u => new UnitRef(u.Id, u.MissionId, u.Name, u.ContributingCountryIso2)).ToListAsync(ct);

    public async Task<IReadOnlyList<UnitRef>> UnitsAsync(IEnumerable<Guid> ids, CancellationToken ct)
    {
        var list = ids.Distinct().ToList();
        return await db.Set<Unit>().AsNoTracking().Where(u => list.Contains(u.Id))
            .Select(u => new UnitRef(u.Id, u.MissionId, u.Name, u.ContributingCountryIso2)).ToListAsync(ct);
    }
}

/// <summary>The directory's memory, one per application (a singleton), emptied after every import.</summary>
public sealed class MissionDirectoryCache
{
    internal ConcurrentDictionary<Guid, (DateTimeOffset Loaded, IReadOnlyList<SiteRef> Sites)> Sites { get; } = new();

    internal ConcurrentDictionary<string, MissionRef> Missions { get; } = new(StringComparer.OrdinalIgnoreCase);

    public void Invalidate()
    {
        Sites.Clear();
        Missions.Clear();
    }
}
