using Bluehelm.Modules.EarlyWarning.Warnings;
using Bluehelm.Platform.Geo;

namespace Bluehelm.Tests.Warnings;

public sealed class WarningAreaTests
{
    private static (WarningArea? Area, List<(string Field, string Code)> Errors) Parse(string? polygon, string? circle)
    {
        var errors = new List<(string, string)>();
        return (WarningArea.Parse(polygon, circle, errors), errors);
    }

    [Fact]
    public void Parse_RingWithoutClosingPair_ClosedForCap()
    {
        var (area, errors) = Parse("5.6,20.5 5.6,20.85 5.9,20.85", null);

        errors.ShouldBeEmpty();
        area!.PolygonText.ShouldBe("5.6,20.5 5.6,20.85 5.9,20.85 5.6,20.5");
    }

    [Theory]
    [InlineData("5.6,20.5 5.9,20.85 5.6,20.85 5.9,20.5 5.6,20.5", "polygon-self-intersecting")]
    [InlineData("5.6,20.5 5.6,20.85 5.6,20.5", "polygon-too-few")]
    [InlineData("95,20.5 5.6,20.85 5.9,20.85", "coordinates-out-of-range")]
    [InlineData("5.6;20.5 5.6;20.85 5.9;20.85", "polygon-format")]
    [InlineData("5,6,20,5 5,6,20,85 5,9,20,85", "polygon-format")]
    [InlineData("5.6,20.5 5.6,20.5 5.6,20.5 5.6,20.5", "polygon-too-few")]
    [InlineData("5.6,20.5 5.6,20.7 5.6,20.9 5.6,20.5", "polygon-self-intersecting")]
    public void Parse_BadPolygon_RefusedWithItsCode(string polygon, string code)
    {
        var (area, errors) = Parse(polygon, null);

        area.ShouldBeNull();
        errors.ShouldBe([("polygon", code)]);
    }

    [Theory]
    [InlineData("5.76,20.67 0", "circle-radius")]
    [InlineData("5.76,20.67 -3", "circle-radius")]
    [InlineData("5.76,20.67 501", "circle-radius")]
    [InlineData("5.76,200 10", "coordinates-out-of-range")]
    [InlineData("5.76 20.67 10", "circle-format")]
    [InlineData("5.76,20.67", "circle-format")]
    [InlineData("5.76,20.67 NaN", "circle-format")]
    public void Parse_BadCircle_RefusedWithItsCode(string circle, string code)
    {
        var (area, errors) = Parse(null, circle);

        area.ShouldBeNull();
        errors.ShouldBe([("circle", code)]);
    }

    [Fact]
    public void Parse_Nothing_AreaRequired() => Parse(" ", null).Errors.ShouldBe([("area", "area-required")]);

    [Fact]
    public void Parse_CircleAndPolygon_BothKeptCentreFromPolygon()
    {
        var (area, errors) = Parse("0,0 0,2 2,2 2,0 0,0", "5.76,20.67 12.5");

        errors.ShouldBeEmpty();
        area!.CircleText.ShouldBe("5.76,20.67 12.5");
        area.Centre.Lat.ShouldBe(1, 1e-9);
        area.Centre.Lon.ShouldBe(1, 1e-9);
    }

    [Fact]
    public void CellPolygon_PrioGridCell_SquareAroundItsCentre()
    {
        var gid = PrioGrid.CellOf(5.76, 20.67);
        var errors = new List<(string, string)>();

        var points = WarningArea.ParsePolygon(WarningArea.CellPolygon(gid), errors)!;

        errors.ShouldBeEmpty();
        points.Count.ShouldBe(5);
        points.Min(p => p.Lat).ShouldBe(5.5);
        points.Max(p => p.Lat).ShouldBe(6);
        points.Min(p => p.Lon).ShouldBe(20.5);
        points.Max(p => p.Lon).ShouldBe(21);
        PrioGrid.CellOf(WarningArea.FromPolygon(points).Centre.Lat, WarningArea.FromPolygon(points).Centre.Lon).ShouldBe(gid);
    }
}
