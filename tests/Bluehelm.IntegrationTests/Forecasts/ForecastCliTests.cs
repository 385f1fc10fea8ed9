using System.Globalization;

namespace Bluehelm.IntegrationTests.Forecasts;

/// <summary>
/// <c>bluehelm forecasts evaluate</c> and <c>next</c> on the real GED extract. The evaluation report is the
/// one docs/forecasts.md quotes; set BLUEHELM_FORECAST_REPORT to a file name to keep it.
/// </summary>
[Collection(ForecastsCollection.Name)]
public sealed class ForecastCliTests(ForecastsApp app)
{
    [Fact]
    public async Task Evaluate_CarGed2019To2022_ScoresEveryCellMonthForAllThreePredictors()
    {
        var csv = Path.Combine(app.DataDirectory, "eval.csv");
        var (exit, stdout, stderr) = await app.Cli("", ["forecasts", "evaluate", "--mission", "MINUSCA", "--from", "2019-01", "--to", "2022-12", "--output", csv]);
        exit.ShouldBe(0, stderr);
        if (Environment.GetEnvironmentVariable("BLUEHELM_FORECAST_REPORT") is { Length: > 0 } report)
        {
            await File.WriteAllTextAsync(report, stdout, TestContext.Current.CancellationToken);
        }

        var lines = await File.ReadAllLinesAsync(csv, TestContext.Current.CancellationToken);
        lines[0].ShouldBe("gid,month,observed,model,last_month,long_run_rate");
        var rows = lines.Skip(1).Select(l => l.Split(',')).ToList();
        var cells = rows.Select(r => r[0]).Distinct().Count();
        cells.ShouldBeInRange(200, 260);
        rows.Count.ShouldBe(cells * 48);
        rows.Select(r => r[1]).Distinct().Order(StringComparer.Ordinal).First().ShouldBe("2019-01");
        rows.Select(r => r[1]).Distinct().Order(StringComparer.Ordinal).Last().ShouldBe("2022-12");
        rows.ShouldAllBe(r => double.Parse(r[3], CultureInfo.InvariantCulture) >= 0 && double.Parse(r[3], CultureInfo.InvariantCulture) <= 1);
        rows.Count(r => r[2] == "1").ShouldBeGreaterThan(20);

        var scores = stdout.Split('\n').Where(l => l.StartsWith("all,", StringComparison.Ordinal)).ToDictionary(l => l.Split(',')[1], l => l.Split(','));
        scores.Keys.Order(StringComparer.Ordinal).ShouldBe(["last-month", "long-run-rate", "model"]);
        foreach (var s in scores.Values)
        {
            double.Parse(s[2], CultureInfo.InvariantCulture).ShouldBeInRange(0.0, 1.0);
        }

        // The model must at least rank cells better than chance on months it never saw.
        double.Parse(scores["model"][2], CultureInfo.InvariantCulture).ShouldBeGreaterThan(0.6);
        stdout.ShouldContain("verdict: ");
        for (var year = 2019; year <= 2022; year++)
        {
            stdout.ShouldContain(year.ToString(CultureInfo.InvariantCulture) + ",model,");
        }
    }

    [Fact]
    public async Task Next_CarGed_WritesOneProbabilityPerCellForJanuary2023()
    {
        var csv = Path.Combine(app.DataDirectory, "next.csv");
        var (exit, stdout, stderr) = await app.Cli("", ["forecasts", "next", "--mission", "MINUSCA", "--output", csv]);
        exit.ShouldBe(0, stderr);
        stdout.ShouldContain("2023-01");
        var lines = await File.ReadAllLinesAsync(csv, TestContext.Current.CancellationToken);
        lines[0].ShouldBe("gid,month,probability,vac_last_12_months,nearest_site_km");
        lines.Length.ShouldBeInRange(201, 261);
        lines.Skip(1).ShouldAllBe(l => l.Split(',')[1] == "2023-01");
    }

    [Fact]
    public async Task Evaluate_BadMonth_FailsWithAClearMessage()
    {
        var (exit, _, stderr) = await app.Cli("", ["forecasts", "evaluate", "--mission", "MINUSCA", "--from", "2019-13"]);
        exit.ShouldBe(1);
        stderr.ShouldContain("--from: expected a month as yyyy-MM");
    }

    [Fact]
    public async Task Evaluate_UnknownMission_FailsWithAClearMessage()
    {
        var (exit, _, stderr) = await app.Cli("", ["forecasts", "evaluate", "--mission", "NOPE"]);
        exit.ShouldBe(1);
        stderr.ShouldContain("unknown mission: NOPE");
    }
}
