using Bluehelm.Modules.Alerts.Contracts;
using Bluehelm.Modules.Missions.Contracts;
using Bluehelm.Platform.Data;
using Bluehelm.Platform.Geo;
using Microsoft.EntityFrameworkCore;

namespace Bluehelm.Modules.Alerts;

/// <summary>
/// What units are doing now, for the dispatcher's picker and a commander's "your units": a unit is
/// tasked while it is on a response without an outcome of an alert still open. The callers decide
/// who may ask: the JOC of the mission for its units, a commander for the units they command
/// (whose alerts they see by being tasked to them).
/// </summary>
internal sealed class UnitTaskings(BluehelmDbContext db, IMissionDirectory missions)
{
    public async Task<ILookup<Guid, UnitTasking>> OpenAsync(IReadOnlyCollection<Guid> unitIds, CancellationToken ct)
    {
        if (unitIds.Count == 0)
        {
            return Array.Empty<UnitTasking>().ToLookup(t => t.UnitId);
        }

        var ids = unitIds.ToList();
        var rows = await (from u in db.Set<AlertResponseUnit>().AsNoTracking()
                          join r in db.Set<AlertResponse>().AsNoTracking() on u.ResponseId equals r.Id
                          join a in db.Set<Alert>().AsNoTracking() on r.AlertId equals a.Id
                          where ids.Contains(u.UnitId) && r.Outcome == null
                                && (a.Status == AlertStatus.Received || a.Status == AlertStatus.Triaged || a.Status == AlertStatus.Dispatched || a.Status == AlertStatus.OnScene)
                          select new UnitTasking(u.UnitId, a.Id, r.Id, a.ThreatType, a.PlaceName ?? a.NearestSiteName, a.Status, r.Action, r.DispatchedAt, r.OnSceneAt))
            .ToListAsync(ct);
        return rows.OrderByDescending(t => t.Since).ToLookup(t => t.UnitId);
    }

    /// <summary>
    /// The mission's units, nearest first by great-circle distance from (<paramref name="latitude"/>,
    /// <paramref name="longitude"/>) to their site; units without a known site (or every unit, when the
    /// alert has no coordinates) follow by name.
    /// </summary>
    public async Task<IReadOnlyList<DispatchCandidate>> CandidatesAsync(Guid missionId, double? latitude, double? longitude, CancellationToken ct)
    {
        var units = await missions.UnitsAsync(missionId, ct);
        var tasking = await OpenAsync([.. units.Select(u => u.Id)], ct);
        return [.. units
            .Select(u => new DispatchCandidate(
                u,
                u.Site is { } s && latitude is { } lat && longitude is { } lon ? GeoMath.DistanceKm(lat, lon, s.Latitude, s.Longitude) : null,
                [.. tasking[u.Id]]))
            .OrderBy(c => c.DistanceKm is null)
            .ThenBy(c => c.DistanceKm)
            .ThenBy(c => c.Unit.Name, StringComparer.Ordinal)];
    }
}
