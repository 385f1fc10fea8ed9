using System.CommandLine;
using System.Globalization;
using Bluehelm.Modules.Missions.Contracts;
using Bluehelm.Platform.Cli;
using Bluehelm.Platform.Data;
using Microsoft.Extensions.DependencyInjection;

namespace Bluehelm.Modules.EarlyWarning.Forecasts;

/// <summary>
/// <c>bluehelm forecasts evaluate</c> (the rolling-origin evaluation, as on the page) and
/// <c>bluehelm forecasts next</c> (next month's probability per cell, from the same cache the page reads).
/// </summary>
internal static class ForecastsCli
{
    internal static void Add(CliCommands cli)
    {
        var forecasts = new Command("forecasts", "Risk of violence against civilians per PRIO-GRID cell, next month.");
        forecasts.Subcommands.Add(Evaluate(cli));
        forecasts.Subcommands.Add(Next(cli));
        cli.Add(forecasts);
    }

    private static Option<string> MissionOption() => new("--mission") { Description = "Mission code (MINUSCA).", Required = true };

    private static Command Evaluate(CliCommands cli)
    {
        var mission = MissionOption();
        var from = new Option<string?>("--from") { Description = "First evaluated month, yyyy-MM (default: 47 months before the last month of data)." };
        var to = new Option<string?>("--to") { Description = "Last evaluated month, yyyy-MM (default: the last month of data)." };
        var output = new Option<FileInfo?>("--output") { Description = "CSV of every prediction: gid,month,observed,model,last_month,long_run_rate." };
        var evaluate = new Command("evaluate", "Rolling-origin evaluation (retrained every 12 months) of the model and both baselines: ROC AUC, Brier score, calibration, per year.") { mission, from, to, output };
        evaluate.SetAction((parse, ct) => cli.Run(
            async (sp, token) =>
            {
                var (first, last) = (Month(parse.GetValue(from), "--from"), Month(parse.GetValue(to), "--to"));
                var time = sp.GetRequiredService<TimeProvider>();
                var started = time.GetTimestamp();
                var m = await FindAsync(sp, parse.GetValue(mission)!, token);
                var input = await sp.GetRequiredService<ForecastSource>().LoadAsync(m, token);
                var table = FeatureTable.Build(input);
                if (table.IsEmpty)
                {
                    throw new CliException($"no conflict events for {m.Code} ({m.HostCountryIso2 ?? "no host country"}).");
                }

                var end = last ?? table.LastMonth;
                var evaluation = RollingEvaluation.Run(table, first ?? (end - ForecastRun.DefaultEvaluationMonths + 1), end)
                    ?? throw new CliException("not enough data: the months before the first evaluated month must hold events against civilians and months without.");
                cli.Print(Report(m, input, evaluation));
                cli.Out.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Loaded, trained {evaluation.Blocks.Count} times and scored in {time.GetElapsedTime(started).TotalSeconds:0.0} s."));
                if (parse.GetValue(output) is { } file)
                {
                    await File.WriteAllLinesAsync(file.FullName, EvaluationCsv(evaluation), token);
                    cli.Out.WriteLine($"Wrote {evaluation.Predictions.Count.ToString(CultureInfo.InvariantCulture)} predictions to {file.FullName}.");
                }
            },
            ct));
        return evaluate;
    }

    private static Command Next(CliCommands cli)
    {
        var mission = MissionOption();
        var output = new Option<FileInfo>("--output") { Description = "CSV: gid,month,probability,vac_last_12_months,nearest_site_km.", Required = true };
        var next = new Command("next", "Next month's probability per cell (the month after the last month of data), as the forecasts page shows it.") { mission, output };
        next.SetAction((parse, ct) => cli.Run(
            async (sp, token) =>
            {
                var m = await FindAsync(sp, parse.GetValue(mission)!, token);
                // A tool computes directly (the web host uses ForecastCache and its background job).
                var input = await sp.GetRequiredService<ForecastSource>().LoadAsync(m, token);
                var run = ForecastRun.Compute(m.Code, m.HostCountryIso2, input, sp.GetRequiredService<TimeProvider>().GetUtcNow(), ct: token);
                if (run.Problem != ForecastProblem.None || run.ForecastMonth is not { } month)
                {
                    throw new CliException($"no forecast for {m.Code}: {ForecastResponse.StatusOf(run.Problem)}.");
                }

                var lines = new List<string> { "gid,month,probability,vac_last_12_months,nearest_site_km" };
                lines.AddRange(run.Cells.OrderBy(c => c.Gid).Select(c => string.Create(CultureInfo.InvariantCulture,
                    $"{c.Gid},{Months.Text(month)},{c.Probability:0.######},{c.VacLast12},{(c.NearestSiteKm is { } km ? km.ToString("0.#", CultureInfo.InvariantCulture) : "")}")));
                await File.WriteAllLinesAsync(parse.GetValue(output)!.FullName, lines, token);
                cli.Out.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Wrote {run.Cells.Count} cells for {Months.Text(month)} to {parse.GetValue(output)!.FullName}; verdict: {EvaluationDto.VerdictText(run.Evaluation!.Verdict)}."));
            },
            ct));
        return next;
    }

    private static int? Month(string? text, string option) =>
        text is null ? null : Months.TryParse(text, out var m) ? m : throw new CliException($"{option}: expected a month as yyyy-MM, got '{text}'.");

    private static async Task<MissionRef> FindAsync(IServiceProvider sp, string code, CancellationToken ct)
    {
        await sp.GetRequiredService<DatabaseInitializer>().MigrateAsync(ct);
        return await sp.GetRequiredService<IMissionDirectory>().FindAsync(code, ct) ?? throw new CliException($"unknown mission: {code}");
    }

    internal static IEnumerable<string> Report(MissionRef m, ForecastInput input, Evaluation e)
    {
        var inv = CultureInfo.InvariantCulture;
        yield return string.Create(inv, $"{m.Code}: {input.Cells.Count} cells, {input.Events.Count} events; evaluated {Months.Text(e.FromMonth)}..{Months.Text(e.ToMonth)}, retrained every {RollingEvaluation.RetrainEveryMonths} months.");
        yield return string.Create(inv, $"{e.Overall.Model.Count} cell-months, {e.Overall.Model.Positives} with violence against civilians.");
        yield return "period,predictor,auc,brier,count,positives";
        foreach (var (period, s) in e.ByYear.Select(y => (y.Year.ToString(inv), y.Scores)).Prepend(("all", e.Overall)))
        {
            foreach (var (name, score) in new[] { ("model", s.Model), ("last-month", s.LastMonth), ("long-run-rate", s.LongRunRate) })
            {
                yield return string.Create(inv, $"{period},{name},{(score.Auc is { } a ? a.ToString("0.0000", inv) : "")},{score.Brier:0.00000},{score.Count},{score.Positives}");
            }
        }

        yield return "calibration,predictor,lower,upper,count,mean_predicted,observed_rate";
        foreach (var (name, bins) in new[] { ("model", e.Calibration.Model), ("last-month", e.Calibration.LastMonth), ("long-run-rate", e.Calibration.LongRunRate) })
        {
            foreach (var b in bins)
            {
                yield return string.Create(inv, $"calibration,{name},{b.Lower:0.00},{b.Upper:0.00},{b.Count},{b.MeanPredicted:0.0000},{b.ObservedRate:0.0000}");
            }
        }

        yield return "verdict: " + EvaluationDto.VerdictText(e.Verdict);
    }

    private static IEnumerable<string> EvaluationCsv(Evaluation e)
    {
        yield return "gid,month,observed,model,last_month,long_run_rate";
        foreach (var p in e.Predictions)
        {
            yield return string.Create(CultureInfo.InvariantCulture, $"{p.Gid},{Months.Text(p.Month)},{(p.Observed ? 1 : 0)},{p.Model:0.######},{p.LastMonth:0.######},{p.LongRunRate:0.######}");
        }
    }
}
