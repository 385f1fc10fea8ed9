using Microsoft.ML;
using Microsoft.ML.Data;
using Microsoft.ML.Trainers.FastTree;

namespace Bluehelm.Modules.EarlyWarning.Forecasts;

/// <summary>
/// ML.NET's FastTree gradient-boosted trees as a binary classifier, seeded and single-threaded so the
/// same data give the same forecast. FastTree's binary trainer fits a Platt calibrator on its training
/// data, so <c>Probability</c> is a calibrated probability, not a raw score.
/// </summary>
internal sealed class ForecastModel
{
    public const int Seed = 20190101;

    private readonly MLContext _ml;
    private readonly ITransformer _model;

    private ForecastModel(MLContext ml, ITransformer model, int trainedThrough, int rows)
    {
        _ml = ml;
        _model = model;
        TrainedThroughMonth = trainedThrough;
        TrainingRows = rows;
    }

    /// <summary>The latest target month among the training rows.</summary>
    public int TrainedThroughMonth { get; }

    public int TrainingRows { get; }

    /// <summary>Whether rows can train a classifier at all: both outcomes must occur.</summary>
    public static bool CanTrain(IReadOnlyCollection<ForecastRow> rows) => rows.Any(r => r.Label) && rows.Any(r => !r.Label);

    public static ForecastModel Train(IReadOnlyList<ForecastRow> rows)
    {
        if (!CanTrain(rows))
        {
            throw new InvalidOperationException("A forecast model needs training rows with and without violence against civilians.");
        }

        var ml = new MLContext(Seed);
        var data = ml.Data.LoadFromEnumerable(rows);
        var trainer = ml.BinaryClassification.Trainers.FastTree(new FastTreeBinaryTrainer.Options
        {
            LabelColumnName = nameof(ForecastRow.Label),
            FeatureColumnName = nameof(ForecastRow.Features),
            NumberOfTrees = 100,
            NumberOfLeaves = 16,
            MinimumExampleCountPerLeaf = 20,
            LearningRate = 0.1,
            NumberOfThreads = 1,
            Seed = Seed,
        });
        return new ForecastModel(ml, trainer.Fit(data), rows.Max(r => r.Month), rows.Count);
    }

    /// <summary>The calibrated probability of each row, in order.</summary>
    public float[] Predict(IReadOnlyList<ForecastRow> rows)
    {
        if (rows.Count == 0)
        {
            return [];
        }

        var scored = _model.Transform(_ml.Data.LoadFromEnumerable(rows));
        return [.. scored.GetColumn<float>("Probability")];
    }
}
