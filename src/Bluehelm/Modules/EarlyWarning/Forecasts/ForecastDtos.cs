namespace Bluehelm.Modules.EarlyWarning.Forecasts;

/// <summary>
/// A mission's forecast of violence against civilians for the month after its last month of data,
/// always with its evaluation. <c>status</c>: <c>ok</c>, <c>no-area</c>, <c>no-events</c>, <c>not-enough-data</c>
/// (then <c>cells</c> is empty: a forecast is never given without an evaluation that could be computed).
/// <c>current</c> is false when the data have changed since <c>computedAt</c> and a new run is being computed.
/// </summary>
public sealed record ForecastResponse(
    string Mission,
    string Status,
    bool Current,
    DateTimeOffset ComputedAt,
    int Events,
    DateOnly? DataThrough,
    string? ForecastMonth,
    int AreaCells,
    IReadOnlyList<CellForecastDto> Cells,
    EvaluationDto? Evaluation)
{
    internal static ForecastResponse From(ForecastRun run, bool current) => new(
        run.Mission,
        StatusOf(run.Problem),
        current,
        run.ComputedAt,
        run.EventCount,
        run.DataThrough,
        run.ForecastMonth is { } m ? Months.Text(m) : null,
        run.AreaCells,
        [.. run.Cells.Select(c => new CellForecastDto(c.Gid, c.Latitude, c.Longitude, Math.Round(c.Probability, 4), c.VacLast12, c.NearestSiteKm is { } km ? Math.Round(km, 1) : null))],
        run.Evaluation is { } e ? EvaluationDto.Of(e) : null);

    internal static string StatusOf(ForecastProblem p) => p switch
    {
        ForecastProblem.None => "ok",
        ForecastProblem.NoArea => "no-area",
        ForecastProblem.NoEvents => "no-events",
        _ => "not-enough-data",
    };
}

/// <summary>The answer (202) while a mission's first forecast is computed: ask again after <c>retryAfterSeconds</c>.</summary>
public sealed record ForecastPending(string Mission, string Status, int RetryAfterSeconds, string Detail);

/// <summary>One PRIO-GRID cell's probability of at least one event of violence against civilians next month.</summary>
public sealed record CellForecastDto(int Gid, double Latitude, double Longitude, double Probability, int VacLast12Months, double? NearestSiteKm);

/// <summary>ROC AUC (null when only one outcome occurred) and Brier score.</summary>
public sealed record ScoresDto(double? Auc, double Brier)
{
    internal static ScoresDto From(Scores s) => new(s.Auc is { } a ? Math.Round(a, 4) : null, Math.Round(s.Brier, 5));
}

/// <summary>The scores of one calendar year of the evaluation.</summary>
public sealed record YearScoresDto(int Year, int Predictions, int Positives, ScoresDto Model, ScoresDto LastMonth, ScoresDto LongRunRate);

/// <summary>Predictions in [lower, upper): how many, their mean, how often the event happened.</summary>
public sealed record CalibrationBinDto(double Lower, double Upper, int Count, double MeanPredicted, double ObservedRate)
{
    internal static IReadOnlyList<CalibrationBinDto> From(IReadOnlyList<CalibrationBin> bins) =>
        [.. bins.Select(b => new CalibrationBinDto(b.Lower, b.Upper, b.Count, Math.Round(b.MeanPredicted, 4), Math.Round(b.ObservedRate, 4)))];
}

/// <summary>The calibration tables of the model and of both baselines.</summary>
public sealed record CalibrationDto(IReadOnlyList<CalibrationBinDto> Model, IReadOnlyList<CalibrationBinDto> LastMonth, IReadOnlyList<CalibrationBinDto> LongRunRate);

/// <summary>
/// Rolling-origin evaluation from <c>from</c> to <c>to</c> (months), retrained every 12 months on target months
/// before each block only. Baselines: last month's occurrence (0 or 1) and the cell's long-run rate in the
/// training months. <c>verdict</c>: <c>beats-both</c> (higher AUC and lower Brier than both) or <c>does-not-beat-both</c>.
/// </summary>
public sealed record EvaluationDto(
    string From,
    string To,
    int Predictions,
    int Positives,
    int RetrainEveryMonths,
    string Verdict,
    ScoresDto Model,
    ScoresDto LastMonth,
    ScoresDto LongRunRate,
    IReadOnlyList<YearScoresDto> ByYear,
    CalibrationDto Calibration)
{
    internal static EvaluationDto Of(Evaluation e) => new(
        Months.Text(e.FromMonth),
        Months.Text(e.ToMonth),
        e.Overall.Model.Count,
        e.Overall.Model.Positives,
        RollingEvaluation.RetrainEveryMonths,
        VerdictText(e.Verdict),
        ScoresDto.From(e.Overall.Model),
        ScoresDto.From(e.Overall.LastMonth),
        ScoresDto.From(e.Overall.LongRunRate),
        [.. e.ByYear.Select(y => new YearScoresDto(y.Year, y.Scores.Model.Count, y.Scores.Model.Positives, ScoresDto.From(y.Scores.Model), ScoresDto.From(y.Scores.LastMonth), ScoresDto.From(y.Scores.LongRunRate)))],
        new CalibrationDto(CalibrationBinDto.From(e.Calibration.Model), CalibrationBinDto.From(e.Calibration.LastMonth), CalibrationBinDto.From(e.Calibration.LongRunRate)));

    internal static string VerdictText(Verdict v) => v switch
    {
        Forecasts.Verdict.BeatsBoth => "beats-both",
        Forecasts.Verdict.DoesNotBeatBoth => "does-not-beat-both",
        _ => "not-enough-data",
    };
}
