using Bluehelm.Modules.Conduct.Statistics;
using CsCheck;

namespace Bluehelm.Tests.Conduct;

/// <summary>
/// Random sets of cases counted into the year × mission × type table: every shown number is the true
/// count (recounted here), no 1 or 2 is ever shown, and no row, column or pillar of the table (nor
/// "pending + completed = allegations") leaves a single hidden cell to be found by subtraction.
/// </summary>
public sealed class StatisticsCubeTests
{
    private static readonly string[] Types = ["Rape", "TransactionalSex", "ExploitativeRelationship"];

    private static readonly Gen<CaseFacts> Case =
        Gen.Select(Gen.Int[2015, 2017], Gen.Int[0, 1], Gen.Int[1, 3].SelectMany(n => Gen.Int[0, 2].Array[n]), Gen.Int[0, 4], Gen.Bool, Gen.Bool, Gen.Int[0, 3])
            .Select((year, mission, types, victims, completed, substantiated, days) => new CaseFacts(
                year, mission == 0 ? "MINUSCA" : "MONUSCO", ["MilitaryContingent"], ["CM"],
                [.. types.Distinct().Select(t => Types[t])], victims, victims / 2, victims > 2, completed, completed && substantiated, completed && substantiated,
                days == 0 ? null : days * 40));

    [Fact]
    public void Build_RandomCases_ShownCountsAreTrueAndNoLoneHiddenCell()
    {
        Case.Array[1, 60].Sample(cases =>
        {
            var cube = StatisticsCube.Build(cases, f => f.Types);
            var (years, missions, types) = (cube.Axes[0], cube.Axes[1], cube.Axes[2]);

            foreach (var measure in new[] { Measure.Allegations, Measure.InvestigationsPending, Measure.InvestigationsCompleted, Measure.Substantiated })
            {
                for (var y = 0; y <= years.Count; y++)
                {
                    for (var m = 0; m <= missions.Count; m++)
                    {
                        for (var t = 0; t <= types.Count; t++)
                        {
                            var shown = cube.Value(measure, y, m, t);
                            var truth = TrueCount(cases, measure, y < years.Count ? years[y] : null, m < missions.Count ? missions[m] : null, t < types.Count ? types[t] : null);
                            if (shown.Suppressed)
                            {
                                shown.Value.ShouldBeNull();
                                (shown.Reason == "fewer-than-3").ShouldBe(truth is 1 or 2);
                            }
                            else
                            {
                                shown.Value.ShouldBe(truth);
                            }
                        }
                    }
                }

                // Lines along each axis, margins included.
                for (var y = 0; y <= years.Count; y++)
                {
                    for (var m = 0; m <= missions.Count; m++)
                    {
                        Hidden(Enumerable.Range(0, types.Count + 1).Select(t => cube.Value(measure, y, m, t))).ShouldNotBe(1);
                    }
                }

                for (var y = 0; y <= years.Count; y++)
                {
                    for (var t = 0; t <= types.Count; t++)
                    {
                        Hidden(Enumerable.Range(0, missions.Count + 1).Select(m => cube.Value(measure, y, m, t))).ShouldNotBe(1);
                    }
                }

                for (var m = 0; m <= missions.Count; m++)
                {
                    for (var t = 0; t <= types.Count; t++)
                    {
                        Hidden(Enumerable.Range(0, years.Count + 1).Select(y => cube.Value(measure, y, m, t))).ShouldNotBe(1);
                    }
                }
            }

            for (var y = 0; y <= years.Count; y++)
            {
                for (var m = 0; m <= missions.Count; m++)
                {
                    for (var t = 0; t <= types.Count; t++)
                    {
                        Hidden([cube.Value(Measure.InvestigationsPending, y, m, t), cube.Value(Measure.InvestigationsCompleted, y, m, t), cube.Value(Measure.Allegations, y, m, t)]).ShouldNotBe(1);
                        var average = cube.Average(y, m, t);
                        var withDays = TrueCount(cases, Measure.WithDays, y < years.Count ? years[y] : null, m < missions.Count ? missions[m] : null, t < types.Count ? types[t] : null);
                        if (withDays is 1 or 2)
                        {
                            average.Value.ShouldBeNull();
                        }
                    }
                }
            }
        }, iter: 300);
    }

    private static int Hidden(IEnumerable<StatisticsValue> line) => line.Count(v => v.Suppressed);

    /// <summary>Cases (type mentions, when a type is given or totalled) matching the cell, counted straight from the facts.</summary>
    private static long TrueCount(CaseFacts[] cases, Measure measure, string? year, string? mission, string? type)
    {
        long n = 0;
        foreach (var c in cases)
        {
            if ((year is not null && c.Year.ToString(System.Globalization.CultureInfo.InvariantCulture) != year) || (mission is not null && c.Mission != mission))
            {
                continue;
            }

            var matches = measure switch
            {
                Measure.Allegations => true,
                Measure.InvestigationsPending => !c.Completed,
                Measure.InvestigationsCompleted => c.Completed,
                Measure.Substantiated => c.Substantiated,
                Measure.WithDays => c.InvestigationDays is not null,
                _ => throw new ArgumentOutOfRangeException(nameof(measure)),
            };
            if (matches)
            {
                n += type is null ? c.Types.Count : c.Types.Count(t => t == type);
            }
        }

        return n;
    }
}
