using Bluehelm.Platform.Geo;

namespace Bluehelm.Modules.EarlyWarning.Forecasts;

/// <summary>Next month's probability for one cell, with what a reader needs to judge it.</summary>
internal sealed record CellForecast(int Gid, double Latitude, double Longitude, double Probability, int VacLast12, double? NearestSiteKm);

/// <summary>Why a run has no forecast.</summary>
internal enum ForecastProblem
{
    None,

    /// <summary>The mission has no host country, or its outline is unknown.</summary>
    NoArea,

    /// <summary>No conflict event in the host country.</summary>
    NoEvents,

    /// <summary>Too few months, or no event against civilians before the evaluated months: nothing honest to show.</summary>
    NotEnoughData,
}

/// <summary>
/// One computed forecast: the evaluation on past months and, only when there is one, next month's
/// probabilities. <see cref="ForecastMonth"/> is the month after the last month with data.
/// </summary>
internal sealed record ForecastRun(
    string Mission,
    string? CountryIso2,
    DateTimeOffset ComputedAt,
    int EventCount,
    DateOnly? DataThrough,
    int? ForecastMonth,
    IReadOnlyList<CellForecast> Cells,
    Evaluation? Evaluation,
    ForecastProblem Problem,
    int AreaCells)
{
    /// <summary>The default evaluation window: the 48 months that end with the last month of data.</summary>
    public const int DefaultEvaluationMonths = 48;

    /// <summary>
    /// The whole run from its input: evaluation first (from..to, by default the last 48 months of data),
    /// then a model trained on every month with data predicts the month after.
    /// </summary>
    public static ForecastRun Compute(string mission, string? iso2, ForecastInput input, DateTimeOffset now, int? from = null, int? to = null, CancellationToken ct = default)
    {
        DateOnly? through = input.Events.Count == 0 ? null : input.Events.Max(e => e.Date);
        ForecastRun Empty(ForecastProblem problem, Evaluation? evaluation = null) =>
            new(mission, iso2, now, input.Events.Count, through, null, [], evaluation, problem, input.Cells.Count);
        if (input.Cells.Count == 0)
        {
            return Empty(ForecastProblem.NoArea);
        }

        if (input.Events.Count == 0)
        {
            return Empty(ForecastProblem.NoEvents);
        }

        var table = FeatureTable.Build(input);
        var last = to ?? table.LastMonth;
        var evaluation = RollingEvaluation.Run(table, from ?? (last - DefaultEvaluationMonths + 1), last, ct);
        if (evaluation is null || evaluation.Verdict == Verdict.NotEnoughData)
        {
            return Empty(ForecastProblem.NotEnoughData, evaluation);
        }

        ct.ThrowIfCancellationRequested();
        var next = table.LastMonth + 1;
        var model = ForecastModel.Train(table.Rows(table.FirstTargetMonth, table.LastMonth));
        var rows = table.Rows(next, next);
        var p = model.Predict(rows);
        var cells = rows.Select((r, i) =>
        {
            var (lat, lon) = PrioGrid.CentreOf(r.Gid);
            return new CellForecast(r.Gid, lat, lon, p[i], r.VacLast12, r.SiteKm);
        }).OrderByDescending(c => c.Probability).ThenBy(c => c.Gid).ToList();
        return new ForecastRun(mission, iso2, now, input.Events.Count, through, next, cells, evaluation, ForecastProblem.None, input.Cells.Count);
    }
}
