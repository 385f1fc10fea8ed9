using Microsoft.ML;

namespace Bluehelm.Modules.EarlyWarning.Forecasts;

/// <summary>ROC AUC (ML.NET's evaluator) and Brier score of one predictor over a set of predictions.</summary>
internal sealed record Scores(double? Auc, double Brier, int Count, int Positives);

/// <summary>One bin of a calibration table: how many predictions fell in [Lower, Upper), their mean and how often the event happened.</summary>
internal sealed record CalibrationBin(double Lower, double Upper, int Count, double MeanPredicted, double ObservedRate);

/// <summary>
/// The same scoring for the model and both baselines. Bins are fixed, not deciles, so the tables of
/// the three predictors line up; they are narrow at the bottom because most cell-months carry a low risk.
/// </summary>
internal static class ForecastScores
{
    public static readonly double[] BinEdges = [0, 0.02, 0.05, 0.1, 0.2, 0.4, 0.6, 1.0];

    public static Scores Score(IReadOnlyList<bool> labels, IReadOnlyList<float> predictions)
    {
        ArgumentOutOfRangeException.ThrowIfNotEqual(predictions.Count, labels.Count);
        var count = labels.Count;
        var positives = labels.Count(l => l);
        var brier = 0.0;
        for (var i = 0; i < count; i++)
        {
            var d = predictions[i] - (labels[i] ? 1.0 : 0.0);
            brier += d * d;
        }

        return new Scores(Auc(labels, predictions, positives), count == 0 ? double.NaN : brier / count, count, positives);
    }

    /// <summary>AUC by ML.NET's binary evaluator (ties count half); undefined when only one outcome occurs.</summary>
    private static double? Auc(IReadOnlyList<bool> labels, IReadOnlyList<float> predictions, int positives)
    {
        if (positives == 0 || positives == labels.Count)
        {
            return null;
        }

        var ml = new MLContext(ForecastModel.Seed);
        var data = ml.Data.LoadFromEnumerable(labels.Select((l, i) => new Scored { Label = l, Score = predictions[i], PredictedLabel = predictions[i] >= 0.5f }));
        return ml.BinaryClassification.EvaluateNonCalibrated(data, nameof(Scored.Label), nameof(Scored.Score), nameof(Scored.PredictedLabel)).AreaUnderRocCurve;
    }

    public static IReadOnlyList<CalibrationBin> Calibration(IReadOnlyList<bool> labels, IReadOnlyList<float> predictions)
    {
        var bins = new List<CalibrationBin>();
        for (var b = 0; b < BinEdges.Length - 1; b++)
        {
            var (lower, upper) = (BinEdges[b], BinEdges[b + 1]);
            var last = b == BinEdges.Length - 2;
            var inBin = Enumerable.Range(0, labels.Count)
                .Where(i => predictions[i] >= lower && (predictions[i] < upper || (last && predictions[i] <= upper)))
                .ToList();
            bins.Add(new CalibrationBin(
                lower,
                upper,
                inBin.Count,
                inBin.Count == 0 ? 0 : inBin.Average(i => (double)predictions[i]),
                inBin.Count == 0 ? 0 : inBin.Count(i => labels[i]) / (double)inBin.Count));
        }

        return bins;
    }

    private sealed class Scored
    {
        public bool Label { get; set; }

        public float Score { get; set; }

        public bool PredictedLabel { get; set; }
    }
}
