using Bluehelm.Modules.Missions.Contracts;
using Bluehelm.Platform.Geo;

namespace Bluehelm.Modules.EarlyWarning.Forecasts;

/// <summary>
/// Monthly counts per PRIO-GRID cell (events of violence against civilians, all events, fatalities,
/// alerts) as prefix sums, and the rows built from them. A row for target month t reads only months
/// before t: nothing of t itself or later can leak into its features.
/// </summary>
internal sealed class FeatureTable
{
    /// <summary>Months since the last event are capped here (also the value when there never was one).</summary>
    public const int MonthsSinceCap = 60;

    /// <summary>The distance used when the mission has no site at all (the row then shows no distance).</summary>
    public const float NoSiteKm = 5000;

    private readonly Dictionary<int, Series> _series = [];
    private readonly Dictionary<(int Gid, int Year), float> _siteKm = [];
    private readonly IReadOnlyList<SiteRef> _sites;

    private FeatureTable(IReadOnlyList<int> cells, int first, int last, IReadOnlyList<SiteRef> sites)
    {
        Cells = cells;
        FirstMonth = first;
        LastMonth = last;
        _sites = sites;
    }

    public IReadOnlyList<int> Cells { get; }

    /// <summary>The month of the first event (<see cref="Months"/>).</summary>
    public int FirstMonth { get; }

    /// <summary>The month of the last event: the last month with data.</summary>
    public int LastMonth { get; }

    /// <summary>The first target month with a full 12 months of history before it.</summary>
    public int FirstTargetMonth => FirstMonth + 12;

    public bool IsEmpty => LastMonth < FirstMonth;

    public static FeatureTable Build(ForecastInput input)
    {
        if (input.Events.Count == 0)
        {
            return new FeatureTable(input.Cells, 0, -1, input.Sites);
        }

        var first = input.Events.Min(e => Months.Of(e.Date));
        var last = input.Events.Max(e => Months.Of(e.Date));
        var table = new FeatureTable(input.Cells, first, last, input.Sites);
        var length = last - first + 1;
        foreach (var e in input.Events)
        {
            var s = table.SeriesOf(e.PrioGridGid, length, create: true)!;
            var i = Months.Of(e.Date) - first;
            s.All[i + 1]++;
            s.Fatalities[i + 1] += Math.Max(0, e.Fatalities);
            if (e.AgainstCivilians)
            {
                s.Vac[i + 1]++;
            }
        }

        foreach (var a in input.Alerts)
        {
            var i = Months.Of(a.Year, a.Month) - first;
            if (i >= 0 && i < length)
            {
                table.SeriesOf(a.PrioGridGid, length, create: true)!.Alerts[i + 1] += a.Count;
            }
        }

        foreach (var s in table._series.Values)
        {
            s.Accumulate();
        }

        return table;
    }

    /// <summary>The row of one cell for target month <paramref name="month"/> (which may be the month after the data).</summary>
    public ForecastRow Row(int gid, int month)
    {
        var f = new float[ForecastRow.FeatureCount];
        var cell = Get(gid);
        f[0] = Sum(cell, s => s.Vac, month - 1, month - 1);
        f[1] = Sum(cell, s => s.Vac, month - 3, month - 1);
        f[2] = Sum(cell, s => s.Vac, month - 12, month - 1);
        f[3] = Sum(cell, s => s.All, month - 1, month - 1);
        f[4] = Sum(cell, s => s.All, month - 3, month - 1);
        f[5] = Sum(cell, s => s.All, month - 12, month - 1);
        f[6] = Sum(cell, s => s.Fatalities, month - 12, month - 1);
        var neighbours = MissionArea.NeighboursOf(gid).Select(Get).Where(s => s is not null).ToList();
        f[7] = neighbours.Sum(n => Sum(n, s => s.Vac, month - 1, month - 1));
        f[8] = neighbours.Sum(n => Sum(n, s => s.Vac, month - 3, month - 1));
        f[9] = neighbours.Sum(n => Sum(n, s => s.Vac, month - 12, month - 1));
        f[10] = neighbours.Sum(n => Sum(n, s => s.All, month - 1, month - 1));
        f[11] = neighbours.Sum(n => Sum(n, s => s.All, month - 3, month - 1));
        f[12] = neighbours.Sum(n => Sum(n, s => s.All, month - 12, month - 1));
        f[13] = neighbours.Sum(n => Sum(n, s => s.Fatalities, month - 12, month - 1));
        f[14] = MonthsSince(cell, month);
        f[15] = neighbours.Select(n => MonthsSince(n, month)).Append(f[14]).Min();
        f[16] = SiteKm(gid, Months.Year(month));
        f[17] = Sum(cell, s => s.Alerts, month - 1, month - 1);
        f[18] = Sum(cell, s => s.Alerts, month - 3, month - 1);
        f[19] = Months.Calendar(month);
        return new ForecastRow
        {
            Gid = gid,
            Month = month,
            Features = f,
            Label = month <= LastMonth && Sum(cell, s => s.Vac, month, month) > 0,
        };
    }

    /// <summary>Every cell's row for every target month from <paramref name="from"/> to <paramref name="to"/> (inclusive).</summary>
    public List<ForecastRow> Rows(int from, int to)
    {
        var rows = new List<ForecastRow>(Math.Max(0, to - from + 1) * Cells.Count);
        for (var m = from; m <= to; m++)
        {
            foreach (var gid in Cells)
            {
                rows.Add(Row(gid, m));
            }
        }

        return rows;
    }

    private Series? Get(int gid) => _series.GetValueOrDefault(gid);

    private Series? SeriesOf(int gid, int length, bool create)
    {
        if (!_series.TryGetValue(gid, out var s) && create)
        {
            s = new Series(length);
            _series[gid] = s;
        }

        return s;
    }

    /// <summary>Sum over months <paramref name="from"/>..<paramref name="to"/>, clamped to the data.</summary>
    private float Sum(Series? s, Func<Series, int[]> of, int from, int to)
    {
        if (s is null)
        {
            return 0;
        }

        var a = Math.Max(from, FirstMonth) - FirstMonth;
        var b = Math.Min(to, LastMonth) - FirstMonth;
        if (b < a)
        {
            return 0;
        }

        var prefix = of(s);
        return prefix[b + 1] - prefix[a];
    }

    private float MonthsSince(Series? s, int month)
    {
        if (s is null)
        {
            return MonthsSinceCap;
        }

        var before = Math.Min(month - 1, LastMonth) - FirstMonth;
        var last = before < 0 ? -1 : s.LastVac[before];
        return last < 0 ? MonthsSinceCap : Math.Min(MonthsSinceCap, month - (last + FirstMonth));
    }

    /// <summary>
    /// Sites have a last year in use but no first year, so the sites of year Y are those still in use in Y or
    /// later; when none is (before the data on sites begins, or after it ends) every site counts.
    /// </summary>
    private float SiteKm(int gid, int year)
    {
        if (_sites.Count == 0)
        {
            return NoSiteKm;
        }

        if (_siteKm.TryGetValue((gid, year), out var km))
        {
            return km;
        }

        var known = _sites.Where(s => s.LastYear >= year).ToList();
        var (lat, lon) = PrioGrid.CentreOf(gid);
        km = (float)(known.Count > 0 ? known : _sites).Min(s => GeoMath.DistanceKm(lat, lon, s.Latitude, s.Longitude));
        _siteKm[(gid, year)] = km;
        return km;
    }

    private sealed class Series(int length)
    {
        public int[] Vac { get; } = new int[length + 1];

        public int[] All { get; } = new int[length + 1];

        public int[] Fatalities { get; } = new int[length + 1];

        public int[] Alerts { get; } = new int[length + 1];

        /// <summary>Index of the latest month at or before i with an event against civilians, or −1.</summary>
        public int[] LastVac { get; } = new int[length];

        public void Accumulate()
        {
            var last = -1;
            for (var i = 0; i < LastVac.Length; i++)
            {
                if (Vac[i + 1] > 0)
                {
                    last = i;
                }

                LastVac[i] = last;
            }

            foreach (var a in new[] { Vac, All, Fatalities, Alerts })
            {
                for (var i = 1; i < a.Length; i++)
                {
                    a[i] += a[i - 1];
                }
            }
        }
    }
}
