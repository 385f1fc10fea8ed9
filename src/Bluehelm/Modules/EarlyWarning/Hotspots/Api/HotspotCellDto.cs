namespace Bluehelm.Modules.EarlyWarning.Hotspots.Api;

/// <summary>
/// A cell: PRIO-GRID gid and centre, events, Gi* z and two-sided p, class (<c>hot-99</c>, <c>hot-95</c>,
/// <c>hot-90</c>, <c>cold</c>, <c>not-significant</c>), trend (<c>none</c>, <c>new</c>, <c>intensifying</c>,
/// <c>persistent</c>, <c>diminishing</c>) and z in each of the four sub-periods, oldest first.
/// </summary>
public sealed record HotspotCellDto(int Gid, double Latitude, double Longitude, int Events, double Z, double P, string Class, string Trend, IReadOnlyList<double> PeriodZ);
