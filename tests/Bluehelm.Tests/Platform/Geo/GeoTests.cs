using System.Text.Json;
using Bluehelm.Platform.Geo;

namespace Bluehelm.Tests.Platform.Geo;

public sealed class GeoTests
{
    [Fact]
    public void PrioGridCellOf_EveryUcdpEventInCentralAfricanRepublic_MatchesItsPublishedCell()
    {
        using var geojson = JsonDocument.Parse(File.ReadAllText(Path.Combine(RepoPaths.ReferenceData, "ucdp-ged-23.1-central-african-republic.geojson")));
        var features = geojson.RootElement.GetProperty("features").EnumerateArray().ToList();

        var mismatches = features.Where(f =>
        {
            var c = f.GetProperty("geometry").GetProperty("coordinates");
            return PrioGrid.CellOf(c[1].GetDouble(), c[0].GetDouble()) != f.GetProperty("properties").GetProperty("priogrid_gid").GetInt32();
        }).Count();

        features.Count.ShouldBe(1848);
        mismatches.ShouldBe(0);
    }

    [Theory]
    [InlineData(-90, -180, 1)]
    [InlineData(90, 180, 259200)]
    [InlineData(4.393797, 18.559861, 135758)]
    public void PrioGridCellOf_Corners_AreInsideTheGrid(double lat, double lon, int gid) =>
        PrioGrid.CellOf(lat, lon).ShouldBe(gid);

    [Fact]
    public void PrioGridCentreOf_Cell_IsInsideTheCell()
    {
        var (lat, lon) = PrioGrid.CentreOf(135758);

        PrioGrid.CellOf(lat, lon).ShouldBe(135758);
        lat.ShouldBe(4.25);
        lon.ShouldBe(18.75);
    }

    [Fact]
    public void DistanceKm_OneDegreeOfLongitudeAtEquator_Is111Km() =>
        GeoMath.DistanceKm(0, 0, 0, 1).ShouldBe(111.195, 0.01);

    [Fact]
    public void DistanceKm_BanguiToBambari_IsAbout280Km() =>
        GeoMath.DistanceKm(4.393797, 18.559861, 5.76388, 20.670733).ShouldBe(278, 3);

    [Theory]
    [InlineData(91, 0, false)]
    [InlineData(0, 180.5, false)]
    [InlineData(double.NaN, 0, false)]
    [InlineData(-90, -180, true)]
    public void IsValid_Coordinates_ChecksRanges(double lat, double lon, bool valid) => GeoMath.IsValid(lat, lon).ShouldBe(valid);
}
