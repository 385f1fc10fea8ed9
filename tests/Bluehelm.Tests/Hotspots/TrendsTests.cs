using Bluehelm.Modules.EarlyWarning.Hotspots.Engine;

namespace Bluehelm.Tests.Hotspots;

/// <summary>The trend rules of <see cref="Trends.Classify"/>, one case each and the edges between them.</summary>
public sealed class TrendsTests
{
    [Theory]
    [InlineData(new[] { 0.5, 1.0, 0.2, 1.9 }, "None")]
    [InlineData(new[] { 0.5, 1.0, 0.2, 2.5 }, "New")]
    [InlineData(new[] { 2.0, 2.2, 2.9, 3.5 }, "Intensifying")]
    [InlineData(new[] { 0.1, 2.0, 1.0, 3.5 }, "Intensifying")]
    [InlineData(new[] { 3.5, 3.0, 2.5, 2.4 }, "Persistent")]
    [InlineData(new[] { 3.0, 3.0, 3.0, 3.0 }, "Persistent")]
    [InlineData(new[] { 3.5, 3.0, 2.5, 1.0 }, "Diminishing")]
    [InlineData(new[] { 4.0, 0.0, 0.0, 2.0 }, "Diminishing")]
    [InlineData(new[] { 1.0, 1.959963984540054 }, "New")]
    [InlineData(new[] { 1.959963984540054, 1.95 }, "Diminishing")]
    public void Classify_ZScoresAcrossPeriods_GivesTheTrend(double[] z, string expected) =>
        Trends.Classify(z).ShouldBe(Enum.Parse<HotspotTrend>(expected));

    [Fact]
    public void Classify_OnePeriod_IsRefused() =>
        Should.Throw<ArgumentException>(() => Trends.Classify([3.0]));

    [Fact]
    public void Slope_StraightLine_IsItsSlope() =>
        Trends.Slope([1.0, 3.0, 5.0, 7.0]).ShouldBe(2, 1e-12);
}
