namespace Bluehelm.Modules.Conduct.Statistics;

/// <summary>What the statistics need of one case, read once from the database.</summary>
internal sealed record CaseFacts(
    int Year,
    string Mission,
    IReadOnlyList<string> Categories,
    IReadOnlyList<string> Nationalities,
    IReadOnlyList<string> Types,
    int Victims,
    int Children,
    bool PaternityClaimed,
    bool Completed,
    bool Substantiated,
    bool ActionTaken,
    int? InvestigationDays);

/// <summary>
/// The one fixed table of a breakdown: year × mission (× the breakdown's values), each axis with
/// its total, every measure counted in every cell, then suppressed as a whole
/// (<see cref="Suppression"/>): rows, columns and margins of every axis, and "pending + completed =
/// allegations" in every cell. Whatever a query filters, it reads cells of this table, so no two
/// published numbers can be subtracted to reach a hidden one along a single line.
/// </summary>
internal sealed class StatisticsCube
{
    private static readonly int MeasureCount = Enum.GetValues<Measure>().Length;

    private readonly int[] _sizes;
    private readonly int _coords;
    private readonly long[] _values;
    private readonly long[] _daySums;
    private readonly CellState[] _states;

    private StatisticsCube(IReadOnlyList<string>[] axes, int[] sizes, long[] values, long[] daySums, CellState[] states)
    {
        Axes = axes;
        _sizes = sizes;
        _coords = sizes.Aggregate(1, (a, s) => a * s);
        _values = values;
        _daySums = daySums;
        _states = states;
    }

    /// <summary>The keys of each axis (year, mission, then the breakdown's, if not by year or mission); index <c>Count</c> of an axis is its total.</summary>
    public IReadOnlyList<string>[] Axes { get; }

    /// <summary>Counts and suppresses <paramref name="cases"/>; <paramref name="values"/> gives a case's keys on the third axis (null: a two-axis table).</summary>
    public static StatisticsCube Build(IReadOnlyList<CaseFacts> cases, Func<CaseFacts, IReadOnlyList<string>>? values)
    {
        var years = cases.Count == 0 ? [] : Enumerable.Range(cases.Min(c => c.Year), cases.Max(c => c.Year) - cases.Min(c => c.Year) + 1)
            .Select(y => y.ToString(System.Globalization.CultureInfo.InvariantCulture)).ToList();
        var missions = cases.Select(c => c.Mission).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        var axes = values is null
            ? new IReadOnlyList<string>[] { years, missions }
            : [years, missions, cases.SelectMany(values).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList()];
        var sizes = axes.Select(a => a.Count + 1).ToArray();
        var coords = sizes.Aggregate(1, (a, s) => a * s);
        var counts = new long[coords * MeasureCount];
        var daySums = new long[coords];
        var victimCases = new long[coords];
        var childCases = new long[coords];
        var index = axes.Select(a => a.Select((k, i) => (k, i)).ToDictionary(x => x.k, x => x.i, StringComparer.Ordinal)).ToArray();

        foreach (var c in cases)
        {
            var y = index[0][c.Year.ToString(System.Globalization.CultureInfo.InvariantCulture)];
            var m = index[1][c.Mission];
            var thirds = values is null ? [-1] : values(c).Distinct(StringComparer.Ordinal).Select(v => index[2][v]).ToArray();
            foreach (var d in thirds)
            {
                foreach (var yy in new[] { y, sizes[0] - 1 })
                {
                    foreach (var mm in new[] { m, sizes[1] - 1 })
                    {
                        foreach (var dd in d < 0 ? [-1] : new[] { d, sizes[2] - 1 })
                        {
                            var at = Flat(sizes, yy, mm, dd);
                            Count(counts, coords, at, c);
                            daySums[at] += c.InvestigationDays ?? 0;
                            victimCases[at] += c.Victims > 0 ? 1 : 0;
                            childCases[at] += c.Children > 0 ? 1 : 0;
                        }
                    }
                }
            }
        }

        // A sum of victims drawn from one or two cases would show those cases' own numbers.
        var sensitive = new bool[counts.Length];
        for (var at = 0; at < coords; at++)
        {
            sensitive[((int)Measure.Victims * coords) + at] = victimCases[at] is 1 or 2;
            sensitive[((int)Measure.Children * coords) + at] = childCases[at] is 1 or 2;
        }

        var states = Suppression.Apply(counts, Lines(sizes, coords), sensitive);
        return new StatisticsCube(axes, sizes, counts, daySums, states);
    }

    /// <summary>The published value of <paramref name="measure"/> at (year, mission, third) axis indexes; an axis's <c>Count</c> is its total.</summary>
    public StatisticsValue Value(Measure measure, int year, int mission, int third)
    {
        var at = ((int)measure * _coords) + Flat(_sizes, year, mission, third);
        return _states[at] switch
        {
            CellState.FewerThan3 => new StatisticsValue(null, true, "fewer-than-3"),
            CellState.Withheld => new StatisticsValue(null, true, "withheld"),
            _ => new StatisticsValue(_values[at], false, null),
        };
    }

    /// <summary>The average investigation days at a cell: shown only when the number of cases it averages is itself shown.</summary>
    public StatisticsAverage Average(int year, int mission, int third)
    {
        var coord = Flat(_sizes, year, mission, third);
        var at = ((int)Measure.WithDays * _coords) + coord;
        if (_values[at] == 0)
        {
            return new StatisticsAverage(null, false);
        }

        return _states[at] == CellState.Visible
            ? new StatisticsAverage(Math.Round((double)_daySums[coord] / _values[at], 1), false)
            : new StatisticsAverage(null, true);
    }

    private static void Count(long[] counts, int coords, int at, CaseFacts c)
    {
        void Add(Measure m, long n) => counts[((int)m * coords) + at] += n;
        Add(Measure.Allegations, 1);
        Add(Measure.Victims, c.Victims);
        Add(Measure.Children, c.Children);
        Add(Measure.PaternityClaims, c.PaternityClaimed ? 1 : 0);
        Add(c.Completed ? Measure.InvestigationsCompleted : Measure.InvestigationsPending, 1);
        Add(Measure.Substantiated, c.Substantiated ? 1 : 0);
        Add(Measure.ActionsTaken, c.ActionTaken ? 1 : 0);
        Add(Measure.WithDays, c.InvestigationDays is not null ? 1 : 0);
    }

    private static int Flat(int[] sizes, int year, int mission, int third) =>
        sizes.Length == 2 ? (year * sizes[1]) + mission : (((year * sizes[1]) + mission) * sizes[2]) + third;

    /// <summary>Every line of every axis for every measure, with its total; and pending + completed = allegations in every cell.</summary>
    private static List<SuppressionLine> Lines(int[] sizes, int coords)
    {
        var lines = new List<SuppressionLine>();
        var third = sizes.Length == 3 ? sizes[2] : 1;
        for (var measure = 0; measure < MeasureCount; measure++)
        {
            var offset = measure * coords;
            for (var axis = 0; axis < sizes.Length; axis++)
            {
                for (var y = 0; y < sizes[0]; y++)
                {
                    for (var m = 0; m < sizes[1]; m++)
                    {
                        for (var d = 0; d < third; d++)
                        {
                            int[] at = sizes.Length == 3 ? [y, m, d] : [y, m];
                            if (at[axis] != sizes[axis] - 1)
                            {
                                continue;
                            }

                            var parts = new int[sizes[axis] - 1];
                            for (var k = 0; k < parts.Length; k++)
                            {
                                at[axis] = k;
                                parts[k] = offset + Flat(sizes, at[0], at[1], at.Length == 3 ? at[2] : -1);
                            }

                            at[axis] = sizes[axis] - 1;
                            lines.Add(new SuppressionLine(parts, offset + Flat(sizes, at[0], at[1], at.Length == 3 ? at[2] : -1)));
                        }
                    }
                }
            }
        }

        for (var at = 0; at < coords; at++)
        {
            lines.Add(new SuppressionLine(
                [((int)Measure.InvestigationsPending * coords) + at, ((int)Measure.InvestigationsCompleted * coords) + at],
                ((int)Measure.Allegations * coords) + at));
        }

        return lines;
    }
}
