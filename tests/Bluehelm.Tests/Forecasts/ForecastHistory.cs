using Bluehelm.Modules.Alerts.Contracts;
using Bluehelm.Modules.EarlyWarning.Forecasts;
using Bluehelm.Modules.Incidents.Contracts;
using Bluehelm.Modules.Missions.Contracts;
using Bluehelm.Platform.Geo;

namespace Bluehelm.Tests.Forecasts;

/// <summary>Hand-made histories for the forecast tests: events placed in cells by month.</summary>
internal static class ForecastHistory
{
    /// <summary>A cell in the Central African Republic (Bambari) and its eastern neighbour.</summary>
    public static readonly int Cell = PrioGrid.CellOf(5.75, 20.6);

    public static readonly int East = Cell + 1;

    public static EventPoint Event(int gid, int year, int month, bool againstCivilians, int day = 10, int fatalities = 2)
    {
        var (lat, lon) = PrioGrid.CentreOf(gid);
        return new EventPoint(Guid.NewGuid(), new DateOnly(year, month, day), lat, lon, gid,
            againstCivilians ? ThreatType.AttackOnCivilians : ThreatType.ArmedClashNearCivilians, againstCivilians, fatalities, null);
    }

    public static ForecastInput Input(IEnumerable<EventPoint> events, IReadOnlyList<int>? cells = null, IReadOnlyList<SiteRef>? sites = null, IReadOnlyList<CellMonthAlerts>? alerts = null) =>
        new(cells ?? [Cell, East], [.. events.OrderBy(e => e.Date)], alerts ?? [], sites ?? []);
}
