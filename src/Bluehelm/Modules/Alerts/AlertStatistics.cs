using Bluehelm.Modules.Alerts.Contracts;
using Bluehelm.Platform.Data;
using Microsoft.EntityFrameworkCore;

namespace Bluehelm.Modules.Alerts;

/// <summary>The Alerts module's answer to <see cref="IAlertStatistics"/>.</summary>
internal sealed class AlertStatistics(BluehelmDbContext db) : IAlertStatistics
{
    public async Task<IReadOnlyList<CellMonthAlerts>> PerCellMonthAsync(Guid missionId, DateOnly from, DateOnly to, CancellationToken ct)
    {
        var start = new DateTimeOffset(from.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
        var end = new DateTimeOffset(to.AddDays(1).ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);

        // Grouped here, not in SQL: SQLite stores the instants as text, and a mission's alerts are thousands, not millions.
        var rows = await db.Set<Alert>().AsNoTracking()
            .Where(a => a.MissionId == missionId && a.PrioGridGid != null && a.DuplicateOfId == null)
            .Select(a => new { Gid = a.PrioGridGid!.Value, a.ReceivedAt })
            .ToListAsync(ct);
        return [.. rows
            .Where(r => r.ReceivedAt >= start && r.ReceivedAt < end)
            .Select(r => (r.Gid, At: r.ReceivedAt.ToUniversalTime()))
            .GroupBy(r => (r.Gid, r.At.Year, r.At.Month))
            .Select(g => new CellMonthAlerts(g.Key.Gid, g.Key.Year, g.Key.Month, g.Count()))
            .OrderBy(c => c.Year).ThenBy(c => c.Month).ThenBy(c => c.PrioGridGid)];
    }
}
