using Bluehelm.Modules.EarlyWarning.Hotspots.Engine;
using Bluehelm.Platform.Geo;

namespace Bluehelm.Tests.Hotspots;

/// <summary>Gi* on a small grid, checked by hand and against numpy.</summary>
public sealed class GetisOrdTests
{
    // Events around Bangui (row 189, column 398 is 4.0-4.5°N, 18.5-19.0°E): 5, 3, 1 and 1 events in four cells.
    private static readonly int[] Events =
    [
        .. Enumerable.Repeat(StudyArea.GidOf(189, 398), 5),
        .. Enumerable.Repeat(StudyArea.GidOf(189, 399), 3),
        StudyArea.GidOf(190, 399),
        StudyArea.GidOf(190, 400),
    ];

    [Fact]
    public void Compute_SmallGrid_StudyAreaIsTheBoxGrownByOneCell()
    {
        var cells = GetisOrd.Compute(Events);

        // Rows 189-190 and columns 398-400, grown by one: rows 188-191, columns 397-401.
        cells.Length.ShouldBe(4 * 5);
        cells.Select(c => c.Gid).ShouldBe(cells.Select(c => c.Gid).Order());
        cells[0].Gid.ShouldBe(StudyArea.GidOf(188, 397));
        cells[^1].Gid.ShouldBe(StudyArea.GidOf(191, 401));
        cells.Sum(c => c.Events).ShouldBe(10);
        cells.Single(c => c.Gid == StudyArea.GidOf(189, 398)).Events.ShouldBe(5);
    }

    [Fact]
    public void Compute_SmallGrid_ZIsTheFormulaWorkedByHand()
    {
        // Cell (189, 398): its 3 x 3 neighbourhood lies in the area and holds 5 + 3 + 1 = 9 events.
        // n = 20 cells, mean = 10 / 20 = 0.5, S = sqrt(36 / 20 - 0.25) = sqrt(1.55), W = 9:
        // z = (9 - 0.5 * 9) / (sqrt(1.55) * sqrt((20 * 9 - 81) / 19)).
        var expected = (9 - (0.5 * 9)) / (Math.Sqrt(1.55) * Math.Sqrt(((20.0 * 9) - 81) / 19));

        var cell = GetisOrd.Compute(Events).Single(c => c.Gid == StudyArea.GidOf(189, 398));

        cell.Z.ShouldBe(expected, 1e-12);
        // The same value from numpy (/usr/bin/python3, numpy 1.24):
        //   x = np.zeros((4, 5)); x[1,1], x[1,2], x[2,2], x[2,3] = 5, 3, 1, 1
        //   n = x.size; m = x.mean(); s = np.sqrt((x**2).mean() - m**2); w = 9; l = x[0:3, 0:3].sum()
        //   (l - m*w) / (s * np.sqrt((n*w - w*w) / (n - 1)))  ->  1.583455518257182
        //   math.erfc(1.583455518257182 / math.sqrt(2))      ->  0.11331767752781952
        cell.Z.ShouldBe(1.583455518257182, 1e-12);
        cell.P.ShouldBe(0.11331767752781952, 2e-7);
    }

    [Fact]
    public void Compute_CornerCell_LeavesOutNeighboursOutsideTheArea()
    {
        // Corner (188, 397): 4 neighbours in the area (itself included), none with events.
        // numpy: gi(0, 0) above -> x[0:2, 0:2].sum() = 5, w = 4 -> 1.3129319565692068; far corner (191, 401) -> -0.43764398552306893.
        var cells = GetisOrd.Compute(Events);

        cells.Single(c => c.Gid == StudyArea.GidOf(188, 397)).Z.ShouldBe(1.3129319565692068, 1e-12);
        cells.Single(c => c.Gid == StudyArea.GidOf(191, 401)).Z.ShouldBe(-0.43764398552306893, 1e-12);
    }

    [Fact]
    public void Compute_OneEvent_IsNeverSignificant()
    {
        // A single cell grown by one is a 3 x 3 area: the centre's neighbourhood is the whole area (z = 0 by definition).
        var cells = GetisOrd.Compute([PrioGrid.CellOf(4.36, 18.55)]);

        cells.Length.ShouldBe(9);
        cells.Single(c => c.Events == 1).Z.ShouldBe(0);
        cells.Single(c => c.Events == 1).P.ShouldBe(1, 1e-7);
    }

    [Fact]
    public void Compute_NoEvents_IsEmpty() => GetisOrd.Compute([]).ShouldBeEmpty();

    [Fact]
    public void Compute_DenseCluster_IsHotAt99Percent()
    {
        // 30 events in one cell, one event in each of a dozen cells scattered over a wide area.
        List<int> gids = [.. Enumerable.Repeat(StudyArea.GidOf(190, 400), 30)];
        for (var k = 0; k < 12; k++)
        {
            gids.Add(StudyArea.GidOf(180 + (k % 4 * 6), 390 + (k / 4 * 9)));
        }

        var hot = GetisOrd.Compute(gids).Single(c => c.Gid == StudyArea.GidOf(190, 400));

        hot.Class.ShouldBe(GiClass.Hot99);
        hot.P.ShouldBeLessThan(0.01);
    }

    [Theory]
    [InlineData(0, 1)]
    [InlineData(1.959963984540054, 0.05)]
    [InlineData(-1.959963984540054, 0.05)]
    [InlineData(2.5758293035489004, 0.01)]
    [InlineData(1.6448536269514722, 0.10)]
    [InlineData(4, 6.334248366623996e-05)]
    public void TwoSidedP_KnownQuantiles_MatchTheNormalTable(double z, double p) =>
        NormalDistribution.TwoSidedP(z).ShouldBe(p, p * 1.2e-7 + 1e-9);

    [Theory]
    [InlineData(-90, -180, 1, 1, 1)]
    [InlineData(90, 180, 259200, 360, 720)]
    [InlineData(0, 0, 129961, 181, 361)]
    [InlineData(-0.0001, -0.0001, 129240, 180, 360)]
    [InlineData(4.36, 18.55, 135758, 189, 398)]
    public void StudyAreaRowCol_PrioGridCells_RoundTrip(double lat, double lon, int gid, int row, int col)
    {
        PrioGrid.CellOf(lat, lon).ShouldBe(gid);
        StudyArea.RowCol(gid).ShouldBe((row, col));
        StudyArea.GidOf(row, col).ShouldBe(gid);
    }

    [Fact]
    public void StudyAreaAround_CellsOnTheGridsEdge_StaysInsideTheGrid()
    {
        var area = StudyArea.Around([1, 259200])!.Value;

        area.ShouldBe(new StudyArea(1, 360, 1, 720));
    }
}
