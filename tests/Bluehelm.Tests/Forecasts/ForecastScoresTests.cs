using Bluehelm.Modules.EarlyWarning.Forecasts;

namespace Bluehelm.Tests.Forecasts;

public sealed class ForecastScoresTests
{
    private static readonly bool[] Labels = [true, false, false, true, false, false, false, true];

    [Fact]
    public void Score_PerfectPredictor_AucOneBrierZero()
    {
        var s = ForecastScores.Score(Labels, [.. Labels.Select(l => l ? 1f : 0f)]);
        s.Auc.ShouldBe(1.0);
        s.Brier.ShouldBe(0.0);
        s.Positives.ShouldBe(3);
    }

    [Fact]
    public void Score_ConstantPredictor_AucHalfBrierOfTheConstant()
    {
        var s = ForecastScores.Score(Labels, [.. Labels.Select(_ => 0.25f)]);
        s.Auc.ShouldBe(0.5);
        // 3 of 8 positives: (3 × 0.75² + 5 × 0.25²) / 8.
        s.Brier.ShouldBe(((3 * 0.5625) + (5 * 0.0625)) / 8, 1e-9);
    }

    [Fact]
    public void Score_ReversedPredictor_AucZero()
    {
        ForecastScores.Score(Labels, [.. Labels.Select(l => l ? 0.1f : 0.9f)]).Auc.ShouldBe(0.0);
    }

    [Fact]
    public void Score_OneOutcomeOnly_AucUndefined()
    {
        ForecastScores.Score([false, false], [0.1f, 0.2f]).Auc.ShouldBeNull();
    }

    [Fact]
    public void Calibration_Predictions_FallInFixedBinsWithTheirObservedRate()
    {
        var bins = ForecastScores.Calibration([true, false, false, true], [0.01f, 0.01f, 0.3f, 1f]);
        bins.Sum(b => b.Count).ShouldBe(4);
        bins[0].Count.ShouldBe(2);
        bins[0].ObservedRate.ShouldBe(0.5);
        bins[0].MeanPredicted.ShouldBe(0.01, 1e-6);
        bins[4].Count.ShouldBe(1);
        bins[4].ObservedRate.ShouldBe(0);
        bins[^1].Count.ShouldBe(1);
        bins[^1].ObservedRate.ShouldBe(1);
    }

    [Fact]
    public void VerdictOf_ModelWorseOnBrierOnly_DoesNotBeatBoth()
    {
        Scores S(double auc, double brier) => new(auc, brier, 100, 10);
        RollingEvaluation.VerdictOf(new PredictorScores(S(0.8, 0.010), S(0.55, 0.02), S(0.79, 0.011))).ShouldBe(Verdict.BeatsBoth);
        RollingEvaluation.VerdictOf(new PredictorScores(S(0.8, 0.012), S(0.55, 0.02), S(0.79, 0.011))).ShouldBe(Verdict.DoesNotBeatBoth);
        RollingEvaluation.VerdictOf(new PredictorScores(S(0.7, 0.010), S(0.55, 0.02), S(0.79, 0.011))).ShouldBe(Verdict.DoesNotBeatBoth);
    }
}
