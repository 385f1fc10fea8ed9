using Bluehelm.Modules.EarlyWarning.Hotspots.Engine;

namespace Bluehelm.Modules.EarlyWarning.Hotspots;

/// <summary>A PRIO-GRID cell of the grid view: Gi* for the whole period, its class, and its trend across the sub-periods.</summary>
internal sealed record GridCellRow(int Gid, double Latitude, double Longitude, int Events, double Z, double P, GiClass Class, HotspotTrend Trend, IReadOnlyList<double> PeriodZ);
