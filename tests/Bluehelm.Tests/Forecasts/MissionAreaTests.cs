using Bluehelm.Modules.EarlyWarning.Forecasts;
using Bluehelm.Platform.Geo;

namespace Bluehelm.Tests.Forecasts;

public sealed class MissionAreaTests
{
    [Fact]
    public void CellsOf_CentralAfricanRepublic_CoversTheCountryAndItsBorderCells()
    {
        var cells = MissionArea.CellsOf("CF");
        cells.Count.ShouldBeInRange(200, 260);
        cells.ShouldContain(PrioGrid.CellOf(4.37, 18.56)); // Bangui
        cells.ShouldContain(PrioGrid.CellOf(5.75, 20.6)); // Bambari
        cells.ShouldContain(PrioGrid.CellOf(10.27, 22.78)); // Birao, in the far north-east
        cells.ShouldNotContain(PrioGrid.CellOf(3.87, 11.52)); // Yaoundé
        cells.ShouldNotContain(PrioGrid.CellOf(12.11, 15.04)); // N'Djamena
        cells.ShouldBeInOrder(SortDirection.Ascending);
    }

    [Fact]
    public void CellsOf_UnknownCountry_Empty()
    {
        MissionArea.CellsOf("ZZ").ShouldBeEmpty();
    }

    [Fact]
    public void NeighboursOf_Cell_TheEightAround()
    {
        var gid = PrioGrid.CellOf(5.75, 20.6);
        MissionArea.NeighboursOf(gid).Order().ShouldBe([gid - 721, gid - 720, gid - 719, gid - 1, gid + 1, gid + 719, gid + 720, gid + 721]);
        // Column 720 wraps to column 1 across the antimeridian.
        MissionArea.NeighboursOf(PrioGrid.CellOf(0.25, 179.75)).ShouldContain(PrioGrid.CellOf(0.25, -179.75));
    }

    [Fact]
    public void ClassOf_Probabilities_FiveClasses()
    {
        new[] { 0.0, 0.019, 0.02, 0.07, 0.15, 0.2, 0.99 }.Select(ForecastMap.ClassOf).ShouldBe([1, 1, 2, 3, 4, 5, 5]);
    }
}
