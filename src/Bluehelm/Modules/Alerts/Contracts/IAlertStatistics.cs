namespace Bluehelm.Modules.Alerts.Contracts;

/// <summary>How many alerts a mission received in one PRIO-GRID cell in one calendar month (UTC).</summary>
public readonly record struct CellMonthAlerts(int PrioGridGid, int Year, int Month, int Count);

/// <summary>
/// Alert counts for analyses (Early warning's forecasts). Alerts without coordinates and alerts
/// merged into another as duplicates are not counted.
/// </summary>
public interface IAlertStatistics
{
    /// <summary>Alerts of the mission received from <paramref name="from"/> to <paramref name="to"/> (inclusive, UTC dates), per cell and month.</summary>
    Task<IReadOnlyList<CellMonthAlerts>> PerCellMonthAsync(Guid missionId, DateOnly from, DateOnly to, CancellationToken ct);
}
