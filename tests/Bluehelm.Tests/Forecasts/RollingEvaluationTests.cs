using Bluehelm.Modules.EarlyWarning.Forecasts;
using static Bluehelm.Tests.Forecasts.ForecastHistory;

namespace Bluehelm.Tests.Forecasts;

public sealed class RollingEvaluationTests
{
    /// <summary>
    /// 2010-2016: the cell has violence against civilians in every odd month (Jan, Mar...), its neighbour
    /// every January; a clash in December 2016 makes that the last month of data.
    /// </summary>
    private static FeatureTable Table() => FeatureTable.Build(Input(Events()));

    private static List<Modules.Incidents.Contracts.EventPoint> Events()
    {
        var events = new List<Modules.Incidents.Contracts.EventPoint>();
        for (var year = 2010; year <= 2016; year++)
        {
            for (var month = 1; month <= 12; month += 2)
            {
                events.Add(Event(Cell, year, month, againstCivilians: true));
            }

            events.Add(Event(East, year, 1, againstCivilians: true));
        }

        events.Add(Event(East, 2016, 12, againstCivilians: false));
        return events;
    }

    [Fact]
    public void Run_TwoYears_NeverTrainsOnAMonthItPredicts()
    {
        var e = RollingEvaluation.Run(Table(), Months.Of(2015, 1), Months.Of(2016, 12), TestContext.Current.CancellationToken).ShouldNotBeNull();

        e.Blocks.Count.ShouldBe(2);
        e.Blocks.Select(b => Months.Text(b.FirstMonth)).ShouldBe(["2015-01", "2016-01"]);
        e.Blocks.Select(b => Months.Text(b.TrainedThroughMonth)).ShouldBe(["2014-12", "2015-12"]);
        e.Blocks.ShouldAllBe(b => b.TrainedThroughMonth < b.FirstMonth);
        foreach (var p in e.Predictions)
        {
            e.Blocks.Single(b => p.Month >= b.FirstMonth && p.Month <= b.LastMonth).TrainedThroughMonth.ShouldBeLessThan(p.Month);
        }

        // Training rows start after 12 months of history (2011-01): 48 months x 2 cells, then 60 x 2.
        e.Blocks.Select(b => b.TrainingRows).ShouldBe([96, 120]);
    }

    [Fact]
    public void Run_HandMadeHistory_BaselinesAreLastMonthAndTrainingRate()
    {
        var e = RollingEvaluation.Run(Table(), Months.Of(2015, 1), Months.Of(2016, 12), TestContext.Current.CancellationToken).ShouldNotBeNull();

        e.Predictions.Count.ShouldBe(48);
        foreach (var p in e.Predictions.Where(p => p.Gid == Cell))
        {
            p.Observed.ShouldBe(Months.Calendar(p.Month) % 2 == 1);
            p.LastMonth.ShouldBe(Months.Calendar(p.Month) % 2 == 0 ? 1f : 0f);
            p.LongRunRate.ShouldBe(0.5f);
        }

        foreach (var p in e.Predictions.Where(p => p.Gid == East))
        {
            p.Observed.ShouldBe(Months.Calendar(p.Month) == 1);
            p.LastMonth.ShouldBe(Months.Calendar(p.Month) == 2 ? 1f : 0f);
            p.LongRunRate.ShouldBe(1f / 12, 1e-6);
        }

        // The last-month rule is wrong every month in the cell, and in each January and February for the neighbour.
        e.Overall.LastMonth.Brier.ShouldBe((24 + 2 + 2) / 48.0, 1e-9);
        e.ByYear.Select(y => y.Year).ShouldBe([2015, 2016]);
        e.Calibration.Model.Sum(b => b.Count).ShouldBe(48);
    }

    [Fact]
    public void Run_NoViolenceBeforeTheEvaluatedMonths_ReturnsNull()
    {
        var events = new[] { Event(Cell, 2010, 1, againstCivilians: false), Event(Cell, 2014, 6, againstCivilians: true) };
        RollingEvaluation.Run(FeatureTable.Build(Input(events)), Months.Of(2013, 1), Months.Of(2014, 6), TestContext.Current.CancellationToken).ShouldBeNull();
    }

    [Fact]
    public void Compute_HandMadeHistory_ForecastsTheMonthAfterTheDataWithItsEvaluation()
    {
        var run = ForecastRun.Compute("TEST", "CF", Input(Events()), DateTimeOffset.UnixEpoch, ct: TestContext.Current.CancellationToken);

        run.Problem.ShouldBe(ForecastProblem.None);
        run.ForecastMonth.ShouldBe(Months.Of(2017, 1));
        run.Cells.Select(c => c.Gid).Order().ShouldBe([Cell, East]);
        run.Cells.ShouldAllBe(c => c.Probability >= 0 && c.Probability <= 1);
        var e = run.Evaluation.ShouldNotBeNull();
        (Months.Text(e.FromMonth), Months.Text(e.ToMonth)).ShouldBe(("2013-01", "2016-12"));
    }

    [Fact]
    public void Compute_NoEvents_NoForecast()
    {
        var run = ForecastRun.Compute("TEST", "CF", Input([]), DateTimeOffset.UnixEpoch, ct: TestContext.Current.CancellationToken);
        run.Problem.ShouldBe(ForecastProblem.NoEvents);
        run.Cells.ShouldBeEmpty();
        run.Evaluation.ShouldBeNull();
    }
}
