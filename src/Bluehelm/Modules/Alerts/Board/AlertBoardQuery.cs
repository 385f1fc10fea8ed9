using Bluehelm.Modules.Alerts.Contracts;
using System.Globalization;
using System.Security.Claims;
using System.Security.Cryptography;
using System.Text;
using Bluehelm.Modules.Missions.Contracts;
using Bluehelm.Platform.Data;
using Bluehelm.Platform.Geo;
using Microsoft.EntityFrameworkCore;

namespace Bluehelm.Modules.Alerts;

/// <summary>
/// The watch board: every open alert of the user's missions, reachable. The database decides which
/// alerts are overdue (<see cref="AlertOverdue"/>) and orders them - overdue first, then by severity
/// (critical first), then by age (oldest first) - before anything is cut; the board then folds
/// probable duplicates into one row (<see cref="Group"/>) and pages over the rows, with totals.
/// </summary>
internal sealed class AlertBoardQuery(BluehelmDbContext db, IMissionDirectory missions, AlertQueries queries)
{
    /// <summary>Rows per page: short enough for a satellite link, long enough for a watch.</summary>
    public const int PageSize = 50;

    /// <summary>Probable duplicates: received within this span of the group's first alert.</summary>
    public static readonly TimeSpan GroupWindow = TimeSpan.FromHours(6);

    /// <summary>Probable duplicates: within this distance of the group's first alert (when both have coordinates).</summary>
    public const double GroupRadiusKm = 10;

    /// <summary>The open alerts <paramref name="user"/> sees, of one mission when <paramref name="mission"/> is given.</summary>
    private async Task<IQueryable<Alert>> ScopeAsync(ClaimsPrincipal user, string? mission, CancellationToken ct) =>
        await queries.FilteredAsync(user, new AlertFilter(Mission: mission, OpenOnly: true), ct);

    public async Task<BoardView> PageAsync(ClaimsPrincipal user, BoardFilter filter, DateTimeOffset now, CancellationToken ct)
    {
        var scope = await ScopeAsync(user, filter.Mission, ct);
        var counts = await CountsAsync(scope, now, ct);
        var sites = (await scope.Where(a => a.NearestSiteId != null)
                .GroupBy(a => new { a.NearestSiteId, a.NearestSiteName })
                .Select(g => new { g.Key.NearestSiteId, g.Key.NearestSiteName, Count = g.Count() })
                .ToListAsync(ct))
            .Select(s => new BoardSite(s.NearestSiteId!.Value, s.NearestSiteName ?? "", s.Count))
            .OrderBy(s => s.Name, StringComparer.CurrentCulture).ToList();

        var keys = await Ordered(Narrowed(scope, filter, now), now).Select(a => new BoardKey(a.Id, a.MissionId, a.ThreatType, a.NearestSiteId, a.Latitude, a.Longitude, a.ReceivedAt))
            .ToListAsync(ct);
        var groups = Group(keys);
        var pageCount = Math.Max(1, (groups.Count + PageSize - 1) / PageSize);
        var page = Math.Clamp(filter.Page, 1, pageCount);
        var shown = groups.Skip((page - 1) * PageSize).Take(PageSize).ToList();
        var ids = shown.SelectMany(g => g).Select(k => k.Id).ToList();
        var byId = ids.Count == 0
            ? []
            : (await queries.WithCodesAsync(await scope.Where(a => ids.Contains(a.Id)).Select(AlertQueries.Summary(now)).ToListAsync(ct), ct)).ToDictionary(s => s.Id);
        var rows = shown.Select(g => new BoardRow(byId[g[0].Id], [.. g.Select(k => byId[k.Id])])).ToList();
        return new BoardView(counts, sites, rows, page, PageSize, groups.Count, keys.Count);
    }

    /// <summary>
    /// What the board shows changes exactly when this changes: the number of open alerts in scope, the
    /// sum of their versions (every change of an alert adds a timeline entry and raises its version),
    /// the newest of them (a new alert), how many are overdue now (a deadline passing changes no row),
    /// and the unacknowledged notifications. A few aggregates, so a poll costs the database little.
    /// </summary>
    public async Task<string> VersionAsync(ClaimsPrincipal user, string? mission, DateTimeOffset now, CancellationToken ct)
    {
        var scope = await ScopeAsync(user, mission, ct);
        var count = await scope.CountAsync(ct);
        var versions = await scope.SumAsync(a => (long)a.Version, ct);
        var newest = await scope.OrderByDescending(a => a.RecordedAt).ThenByDescending(a => a.Id).Select(a => (Guid?)a.Id).FirstOrDefaultAsync(ct);
        var overdue = await scope.CountAsync(AlertOverdue.At(now), ct);
        var visible = (await db.Set<Alert>().AsNoTracking().VisibleAsync(user, missions, ct)).Select(a => a.Id);
        var notices = await db.Set<JocNotification>().AsNoTracking().Where(n => n.AcknowledgedAt == null && visible.Contains(n.AlertId)).CountAsync(ct);
        var text = string.Join('|', count.ToString(CultureInfo.InvariantCulture), versions.ToString(CultureInfo.InvariantCulture), newest?.ToString("N") ?? "-",
            overdue.ToString(CultureInfo.InvariantCulture), notices.ToString(CultureInfo.InvariantCulture));
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)))[..16];
    }

    /// <summary>Overdue first, then critical to low, then oldest first; the id breaks ties so pages never overlap.</summary>
    internal static IQueryable<Alert> Ordered(IQueryable<Alert> q, DateTimeOffset now) =>
        q.OrderByDescending(AlertOverdue.At(now)).ThenBy(a => a.Severity).ThenBy(a => a.ReceivedAt).ThenBy(a => a.Id);

    private static IQueryable<Alert> Narrowed(IQueryable<Alert> q, BoardFilter f, DateTimeOffset now)
    {
        if (f.Severity is { } sev)
        {
            q = q.Where(a => a.Severity == sev);
        }

        if (f.Status is { } status)
        {
            q = q.Where(a => a.Status == status);
        }

        if (f.ThreatType is { } threat)
        {
            q = q.Where(a => a.ThreatType == threat);
        }

        if (f.Site is { } site)
        {
            q = q.Where(a => a.NearestSiteId == site);
        }

        return f.OverdueOnly ? q.Where(AlertOverdue.At(now)) : q;
    }

    private static async Task<BoardCounts> CountsAsync(IQueryable<Alert> scope, DateTimeOffset now, CancellationToken ct)
    {
        var byStatus = await scope.GroupBy(a => a.Status).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Count, ct);
        var bySeverity = await scope.GroupBy(a => a.Severity).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Count, ct);
        var overdue = await scope.CountAsync(AlertOverdue.At(now), ct);
        return new BoardCounts(byStatus.Values.Sum(), overdue, byStatus, bySeverity);
    }

    /// <summary>
    /// Folds probable duplicates into groups, keeping board order. The rule: alerts are probable
    /// duplicates when they are of the same mission and threat type, have the same nearest site,
    /// were received within <see cref="GroupWindow"/> (6 h) of the group's first (earliest) alert and,
    /// when both have coordinates, lie within <see cref="GroupRadiusKm"/> (10 km) of it. Alerts with
    /// no nearest site are never grouped. A group ranks where its highest-ranked member would (so an
    /// overdue member brings its group to the top), and that member leads it.
    /// </summary>
    internal static List<List<BoardKey>> Group(IReadOnlyList<BoardKey> ordered)
    {
        var rank = new Dictionary<Guid, int>(ordered.Count);
        for (var i = 0; i < ordered.Count; i++)
        {
            rank[ordered[i].Id] = i;
        }

        var groups = new List<List<BoardKey>>();
        foreach (var place in ordered.GroupBy(k => (k.MissionId, k.ThreatType, k.SiteId)))
        {
            if (place.Key.SiteId is null)
            {
                groups.AddRange(place.Select(k => new List<BoardKey> { k }));
                continue;
            }

            var open = new List<(BoardKey First, List<BoardKey> Members)>();
            foreach (var k in place.OrderBy(k => k.ReceivedAt).ThenBy(k => k.Id))
            {
                var home = open.FirstOrDefault(g => k.ReceivedAt - g.First.ReceivedAt <= GroupWindow && Near(g.First, k));
                if (home.Members is null)
                {
                    open.Add((k, [k]));
                }
                else
                {
                    home.Members.Add(k);
                }
            }

            groups.AddRange(open.Select(g => g.Members));
        }

        foreach (var g in groups)
        {
            g.Sort((x, y) => rank[x.Id].CompareTo(rank[y.Id]));
        }

        groups.Sort((x, y) => rank[x[0].Id].CompareTo(rank[y[0].Id]));
        return groups;
    }

    private static bool Near(BoardKey a, BoardKey b) =>
        a is not { Latitude: { } la, Longitude: { } lo } || b is not { Latitude: { } lb, Longitude: { } ob } || GeoMath.DistanceKm(la, lo, lb, ob) <= GroupRadiusKm;

    /// <summary>What grouping and paging need of an alert; its place in the list is its rank.</summary>
    internal sealed record BoardKey(Guid Id, Guid MissionId, ThreatType ThreatType, Guid? SiteId, double? Latitude, double? Longitude, DateTimeOffset ReceivedAt);
}
