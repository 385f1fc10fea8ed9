using System.Security.Claims;
using Bluehelm.Modules.EarlyWarning.Hotspots.Engine;
using Bluehelm.Modules.Incidents.Contracts;
using Bluehelm.Modules.Missions.Contracts;
using Bluehelm.Platform.Geo;
using Bluehelm.Platform.Identity;
using NetTopologySuite.Geometries;

namespace Bluehelm.Modules.EarlyWarning.Hotspots;

/// <summary>
/// Hotspots of a mission's host country for the pages and the API: events read through the Incidents
/// contract, clustered by the same engine as <c>bluehelm hotspots</c>, Gi* by the same as <c>hotspots grid</c>.
/// </summary>
internal sealed class HotspotQueries(IConflictEvents events, IMissionDirectory missions, TimeProvider time)
{
    /// <summary>Sub-periods the grid's trend is computed over (quarters of the default 12 months).</summary>
    internal const int TrendPeriods = 4;

    private static readonly GeometryFactory Geometry = new();

    /// <summary>
    /// The mission asked for, or the user's own when none is named; null when unknown or not the user's
    /// (admins and force generation see every mission, JOC and POC their scopes, commanders their units' missions).
    /// </summary>
    internal async Task<MissionRef?> MissionAsync(ClaimsPrincipal user, string? code, CancellationToken ct)
    {
        var allowed = await AllowedAsync(user, ct);
        if (string.IsNullOrWhiteSpace(code))
        {
            return allowed.FirstOrDefault(m => m.HostCountryIso2 is not null && m.Current) ?? allowed.FirstOrDefault();
        }

        return allowed.FirstOrDefault(m => string.Equals(m.Code, code.Trim(), StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>The missions the user may read hotspots of, by code.</summary>
    internal async Task<IReadOnlyList<MissionRef>> AllowedAsync(ClaimsPrincipal user, CancellationToken ct)
    {
        var all = await missions.AllAsync(ct);
        if (user.SeesAllMissions())
        {
            return [.. all.OrderBy(m => m.Code != "MINUSCA").ThenBy(m => m.Code, StringComparer.Ordinal)];
        }

        var ids = new HashSet<Guid>(await missions.IdsAsync(user.MissionScopes(), ct));
        if (user.IsInRole(Roles.Commander) && user.UnitScopes() is { Count: > 0 } units)
        {
            ids.UnionWith((await missions.UnitsAsync(units, ct)).Select(u => u.MissionId));
        }

        return [.. all.Where(m => ids.Contains(m.Id))];
    }

    /// <summary>The events of the mission's host country matching the type, in the period (by default the last 12 months of data).</summary>
    internal async Task<(HotspotPeriod Period, List<EventPoint> Events)> EventsAsync(MissionRef mission, HotspotFilter filter, CancellationToken ct)
    {
        var all = new List<EventPoint>();
        if (mission.HostCountryIso2 is { } country)
        {
            var query = new EventQuery(country, Threats: filter.Threat is { } t ? [t] : null);
            await foreach (var e in events.PointsAsync(query, ct))
            {
                all.Add(e);
            }
        }

        DateOnly? latest = all.Count == 0 ? null : all[^1].Date;
        // Without data the default period ends today, so the page says "no events" for a sensible period.
        var to = filter.To ?? latest ?? DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime);
        var from = filter.From ?? to.AddMonths(-12).AddDays(1);
        all.RemoveAll(e => e.Date < from || e.Date > to);
        return (new HotspotPeriod(from, to, latest), all);
    }

    /// <summary>DBSCAN clusters of the events, largest first, each with its extent and the mission's nearest site.</summary>
    internal async Task<IReadOnlyList<ClusterSummary>> ClustersAsync(MissionRef mission, IReadOnlyList<EventPoint> points, HotspotFilter filter, CancellationToken ct)
    {
        var lat = points.Select(p => p.Latitude).ToArray();
        var lon = points.Select(p => p.Longitude).ToArray();
        var days = points.Select(p => p.Date.DayNumber).ToArray();
        var result = Dbscan.Run(lat, lon, days, new DbscanParameters(filter.EpsKm, filter.MinPoints, filter.WindowDays));
        var summaries = new List<ClusterSummary>();
        foreach (var members in Enumerable.Range(0, points.Count).Where(i => result.Labels[i] >= 0).GroupBy(i => result.Labels[i]))
        {
            var list = members.ToList();
            var centreLat = list.Average(i => lat[i]);
            var centreLon = list.Average(i => lon[i]);
            var radius = list.Max(i => GeoMath.DistanceKm(centreLat, centreLon, lat[i], lon[i]));
            var hull = Geometry.CreateMultiPointFromCoords([.. list.Select(i => new Coordinate(lon[i], lat[i]))]).ConvexHull();
            var near = await missions.NearestSiteAsync(mission.Id, centreLat, centreLon, ct);
            summaries.Add(new ClusterSummary(
                members.Key, list.Count, list.Count(i => result.IsCore[i]), list.Sum(i => points[i].Fatalities),
                list.Min(i => points[i].Date), list.Max(i => points[i].Date), centreLat, centreLon, radius,
                [.. hull.Coordinates.Select(c => (c.X, c.Y))], near));
        }

        return [.. summaries.OrderByDescending(s => s.Events).ThenBy(s => s.Cluster)];
    }

    /// <summary>
    /// Gi* of the period's events per PRIO-GRID cell, and each cell's trend across <see cref="TrendPeriods"/>
    /// consecutive sub-periods of equal length (Gi* of each on the same study area), sorted by gid.
    /// </summary>
    internal static IReadOnlyList<GridCellRow> Grid(HotspotPeriod period, IReadOnlyList<EventPoint> points)
    {
        if (StudyArea.Around(points.Select(p => p.PrioGridGid)) is not { } area)
        {
            return [];
        }

        var whole = GetisOrd.Compute(area, points.Select(p => p.PrioGridGid));
        var span = period.To.DayNumber - period.From.DayNumber + 1;
        var byPeriod = new GiCell[TrendPeriods][];
        for (var k = 0; k < TrendPeriods; k++)
        {
            int start = period.From.DayNumber + (span * k / TrendPeriods), end = period.From.DayNumber + (span * (k + 1) / TrendPeriods);
            byPeriod[k] = GetisOrd.Compute(area, points.Where(p => p.Date.DayNumber >= start && p.Date.DayNumber < end).Select(p => p.PrioGridGid));
        }

        var rows = new List<GridCellRow>(whole.Length);
        var z = new double[TrendPeriods];
        for (var i = 0; i < whole.Length; i++)
        {
            for (var k = 0; k < TrendPeriods; k++)
            {
                z[k] = byPeriod[k][i].Z;
            }

            var (cLat, cLon) = PrioGrid.CentreOf(whole[i].Gid);
            rows.Add(new GridCellRow(whole[i].Gid, cLat, cLon, whole[i].Events, whole[i].Z, whole[i].P, whole[i].Class, Trends.Classify(z), [.. z]));
        }

        return rows;
    }
}
