namespace Bluehelm.Modules.EarlyWarning.Forecasts;

/// <summary>One cell-month of the evaluation: what happened and what each predictor said beforehand.</summary>
internal sealed record Prediction(int Gid, int Month, bool Observed, float Model, float LastMonth, float LongRunRate);

/// <summary>One retraining of the rolling origin: the months it predicted and the last target month it learned from.</summary>
internal sealed record TrainingBlock(int FirstMonth, int LastMonth, int TrainedThroughMonth, int TrainingRows);

/// <summary>Whether the model beats both baselines on both AUC and Brier score.</summary>
internal enum Verdict
{
    BeatsBoth,
    DoesNotBeatBoth,
    NotEnoughData,
}

/// <summary>The scores of the model and of the two baselines over the same predictions.</summary>
internal sealed record PredictorScores(Scores Model, Scores LastMonth, Scores LongRunRate)
{
    public static PredictorScores Of(IReadOnlyList<Prediction> p)
    {
        var labels = p.Select(x => x.Observed).ToList();
        return new PredictorScores(
            ForecastScores.Score(labels, [.. p.Select(x => x.Model)]),
            ForecastScores.Score(labels, [.. p.Select(x => x.LastMonth)]),
            ForecastScores.Score(labels, [.. p.Select(x => x.LongRunRate)]));
    }
}

internal sealed record YearScores(int Year, PredictorScores Scores);

/// <summary>The calibration tables of the three predictors.</summary>
internal sealed record Calibrations(IReadOnlyList<CalibrationBin> Model, IReadOnlyList<CalibrationBin> LastMonth, IReadOnlyList<CalibrationBin> LongRunRate);

/// <summary>The honest evaluation: every prediction was made by a model that never saw its month.</summary>
internal sealed record Evaluation(
    int FromMonth,
    int ToMonth,
    IReadOnlyList<Prediction> Predictions,
    IReadOnlyList<TrainingBlock> Blocks,
    PredictorScores Overall,
    IReadOnlyList<YearScores> ByYear,
    Calibrations Calibration,
    Verdict Verdict);

/// <summary>
/// Rolling-origin evaluation, retrained every 12 months: for each block of 12 target months starting at
/// the first evaluated month, the model learns only from rows whose target month is before the block,
/// then predicts each month of the block (each from the months before it, as a forecaster would have).
/// Baselines: (a) last month's occurrence, unsmoothed (1 if the cell had an event against civilians last
/// month, else 0); (b) the cell's long-run rate: the share of its training months with such an event.
/// </summary>
internal static class RollingEvaluation
{
    public const int RetrainEveryMonths = 12;

    /// <summary>The evaluation, or null when the data cannot train a model before <paramref name="from"/> (or hold no month to predict).</summary>
    public static Evaluation? Run(FeatureTable table, int from, int to, CancellationToken ct = default)
    {
        if (table.IsEmpty)
        {
            return null;
        }

        to = Math.Min(to, table.LastMonth);
        from = Math.Max(from, table.FirstTargetMonth + 1);
        if (from > to)
        {
            return null;
        }

        var all = table.Rows(table.FirstTargetMonth, to);
        var predictions = new List<Prediction>();
        var blocks = new List<TrainingBlock>();
        for (var start = from; start <= to; start += RetrainEveryMonths)
        {
            ct.ThrowIfCancellationRequested();
            var end = Math.Min(to, start + RetrainEveryMonths - 1);
            var training = all.Where(r => r.Month < start).ToList();
            if (!ForecastModel.CanTrain(training))
            {
                return null;
            }

            var model = ForecastModel.Train(training);
            var rate = LongRunRates(training);
            var test = all.Where(r => r.Month >= start && r.Month <= end).ToList();
            var p = model.Predict(test);
            for (var i = 0; i < test.Count; i++)
            {
                var r = test[i];
                predictions.Add(new Prediction(r.Gid, r.Month, r.Label, p[i], r.VacLastMonth ? 1f : 0f, rate.GetValueOrDefault(r.Gid)));
            }

            blocks.Add(new TrainingBlock(start, end, model.TrainedThroughMonth, model.TrainingRows));
        }

        var overall = PredictorScores.Of(predictions);
        var byYear = predictions.GroupBy(p => Months.Year(p.Month)).OrderBy(g => g.Key)
            .Select(g => new YearScores(g.Key, PredictorScores.Of([.. g]))).ToList();
        var labels = predictions.Select(x => x.Observed).ToList();
        var calibration = new Calibrations(
            ForecastScores.Calibration(labels, [.. predictions.Select(x => x.Model)]),
            ForecastScores.Calibration(labels, [.. predictions.Select(x => x.LastMonth)]),
            ForecastScores.Calibration(labels, [.. predictions.Select(x => x.LongRunRate)]));
        return new Evaluation(from, to, predictions, blocks, overall, byYear, calibration, VerdictOf(overall));
    }

    /// <summary>Per cell, the share of its training rows with an event against civilians in the target month.</summary>
    public static Dictionary<int, float> LongRunRates(IEnumerable<ForecastRow> training) =>
        training.GroupBy(r => r.Gid).ToDictionary(g => g.Key, g => (float)g.Count(r => r.Label) / g.Count());

    public static Verdict VerdictOf(PredictorScores s) =>
        s.Model.Auc is not { } model || s.LastMonth.Auc is not { } last || s.LongRunRate.Auc is not { } rate
            ? Verdict.NotEnoughData
            : model > last && model > rate && s.Model.Brier < s.LastMonth.Brier && s.Model.Brier < s.LongRunRate.Brier
                ? Verdict.BeatsBoth
                : Verdict.DoesNotBeatBoth;
}
