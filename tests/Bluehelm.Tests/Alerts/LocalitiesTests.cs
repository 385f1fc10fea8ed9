using System.Text.Json;
using Bluehelm.Modules.Alerts;
using Bluehelm.Modules.Missions.Contracts;

namespace Bluehelm.Tests.Alerts;

public sealed class LocalitiesTests
{
    private static readonly SiteRef[] Sites =
    [
        new(Guid.NewGuid(), "Bangui", 4.3947, 18.5582, 2017),
        new(Guid.NewGuid(), "Bambari", 5.7616, 20.6717, 2017),
    ];

    [Fact]
    public void Gazetteer_EveryLocality_IsAnExactUcdpEventLocationOfItsName()
    {
        var localities = Localities.In("CF");
        using var ged = JsonDocument.Parse(File.ReadAllText(Path.Combine(RepoPaths.ReferenceData, "ucdp-ged-23.1-central-african-republic.geojson")));
        var exact = ged.RootElement.GetProperty("features").EnumerateArray()
            .Where(f => f.GetProperty("properties").GetProperty("where_prec").GetInt32() == 1)
            .Select(f => (
                Where: f.GetProperty("properties").GetProperty("where_coordinates").GetString()!,
                Lat: f.GetProperty("geometry").GetProperty("coordinates")[1].GetDouble(),
                Lon: f.GetProperty("geometry").GetProperty("coordinates")[0].GetDouble()))
            .ToList();

        localities.Count.ShouldBeGreaterThan(350);
        foreach (var l in localities)
        {
            // Coordinates are kept to 5 decimals (about a metre).
            exact.ShouldContain(e => e.Where == l.Name + " " + l.Kind && Math.Abs(e.Lat - l.Latitude) < 0.00001 && Math.Abs(e.Lon - l.Longitude) < 0.00001, l.Name);
            l.Events.ShouldBeGreaterThan(0);
        }

        Localities.In("cd").ShouldBeEmpty();
        Localities.In(null).ShouldBeEmpty();
    }

    [Theory]
    [InlineData("Ndassima", "Ndassima", 6.13894)]
    [InlineData("Des hommes armés sont entrés à Ndassima cette nuit", "Ndassima", 6.13894)]
    [InlineData("bangui-kete", "Bangui-Kete", 4.47074)] // the whole text names the village, not the Bangui site
    [InlineData("tirs au PK5, Bangui", "Bangui", 4.3947)]
    [InlineData("Près de BAMBARI, route de Kouango", "Bambari", 5.7616)] // a site before a locality
    [InlineData("Lady", "Lady", 7.03675)] // a short village name is matched when it is the whole place field
    public void Locate_PlaceNamedInText_FindsSitesThenLocalities(string text, string name, double latitude)
    {
        var at = PlaceMatcher.Locate(text, Sites, Localities.In("CF")).ShouldNotBeNull();

        at.Name.ShouldBe(name);
        at.Latitude.ShouldBe(latitude, 0.00001);
    }

    [Theory]
    [InlineData("The lady at the market saw armed men")] // "Lady" is a village too, but in a sentence it is a word
    [InlineData("Rien à signaler")]
    public void Locate_NothingNamed_FindsNothing(string text) =>
        PlaceMatcher.Locate(text, Sites, Localities.In("CF")).ShouldBeNull();

}
