using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace Bluehelm.IntegrationTests.Hotspots;

/// <summary>The hotspot API and page through the real host on seeded events (SQLite, and PostgreSQL in ./test.sh's second pass).</summary>
public sealed class HotspotsApiTests(HotspotsApp app) : IClassFixture<HotspotsApp>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Clusters_SeededEvents_BanguiAndBriaWithExtentAndNearestSite()
    {
        var joc = await app.ClientFor(HotspotsApp.Joc);

        var json = await joc.GetFromJsonAsync<JsonElement>("/api/v1/hotspots/clusters?mission=MINUSCA", Ct);

        // Default period: the 12 months up to the latest event (2021-12-20); the 2019 event is left out.
        json.GetProperty("from").GetString().ShouldBe("2020-12-21");
        json.GetProperty("to").GetString().ShouldBe("2021-12-20");
        json.GetProperty("events").GetInt32().ShouldBe(16);
        json.GetProperty("noise").GetInt32().ShouldBe(2);
        var clusters = json.GetProperty("clusters").EnumerateArray().ToList();
        clusters.Count.ShouldBe(2);
        var bangui = clusters[0];
        bangui.GetProperty("events").GetInt32().ShouldBe(8);
        bangui.GetProperty("fatalities").GetInt32().ShouldBe(16);
        bangui.GetProperty("first").GetString().ShouldBe("2021-03-01");
        bangui.GetProperty("last").GetString().ShouldBe("2021-09-27");
        bangui.GetProperty("latitude").GetDouble().ShouldBe(4.367, 0.001);
        bangui.GetProperty("radiusKm").GetDouble().ShouldBeInRange(0.5, 1.5);
        bangui.GetProperty("hull").GetArrayLength().ShouldBeGreaterThanOrEqualTo(2);
        bangui.GetProperty("nearestSite").GetString().ShouldNotBeNullOrEmpty();
        bangui.GetProperty("nearestSiteKm").GetDouble().ShouldBeLessThan(50);
        clusters[1].GetProperty("events").GetInt32().ShouldBe(6);
    }

    [Fact]
    public async Task Clusters_TypeAndWindow_NarrowTheClusters()
    {
        var joc = await app.ClientFor(HotspotsApp.Joc);

        var clashes = await joc.GetFromJsonAsync<JsonElement>("/api/v1/hotspots/clusters?mission=MINUSCA&type=armed-clash-near-civilians", Ct);
        // Bangui's events are 30 days apart: with a 10-day window none has 4 neighbours; Bria's are 10 days apart.
        var windowed = await joc.GetFromJsonAsync<JsonElement>("/api/v1/hotspots/clusters?mission=MINUSCA&window=10&min=3", Ct);

        clashes.GetProperty("events").GetInt32().ShouldBe(6);
        clashes.GetProperty("clusters").GetArrayLength().ShouldBe(1);
        windowed.GetProperty("clusters").EnumerateArray().Select(c => c.GetProperty("events").GetInt32()).ShouldBe([6]);
    }

    [Fact]
    public async Task Clusters_GeoJson_IsAFeatureCollectionOfHulls()
    {
        var joc = await app.ClientFor(HotspotsApp.Joc);

        var response = await joc.GetAsync("/api/v1/hotspots/clusters?mission=MINUSCA&format=geojson", Ct);

        response.Content.Headers.ContentType!.MediaType.ShouldBe("application/geo+json");
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync(Ct));
        json.RootElement.GetProperty("type").GetString().ShouldBe("FeatureCollection");
        var features = json.RootElement.GetProperty("features").EnumerateArray().ToList();
        features.Count.ShouldBe(2);
        features[0].GetProperty("geometry").GetProperty("type").GetString().ShouldBeOneOf("Polygon", "LineString");
        features[0].GetProperty("properties").GetProperty("events").GetInt32().ShouldBe(8);
    }

    [Fact]
    public async Task Grid_SeededEvents_BanguiCellIsHotAndEveryCellOfTheAreaIsListed()
    {
        var commander = await app.ClientFor(HotspotsApp.Commander);

        var json = await commander.GetFromJsonAsync<JsonElement>("/api/v1/hotspots/grid?mission=MINUSCA", Ct);

        var cells = json.GetProperty("cells").EnumerateArray().ToList();
        // Events span rows 189-201 and columns 393-406 (Bangui to Birao); grown by one: 15 x 16 cells.
        cells.Count.ShouldBe(15 * 16);
        cells.Sum(c => c.GetProperty("events").GetInt32()).ShouldBe(16);
        var bangui = cells.Single(c => c.GetProperty("gid").GetInt32() == 135758);
        bangui.GetProperty("events").GetInt32().ShouldBe(8);
        bangui.GetProperty("class").GetString().ShouldBe("hot-99");
        bangui.GetProperty("trend").GetString().ShouldNotBe("none");
        bangui.GetProperty("periodZ").GetArrayLength().ShouldBe(4);
    }

    [Theory]
    [InlineData("eps=0", "eps")]
    [InlineData("eps=abc", "eps")]
    [InlineData("min=0", "min")]
    [InlineData("from=21/03/2021", "from")]
    [InlineData("type=riot", "type")]
    [InlineData("from=2021-06-01&to=2021-01-01", "to")]
    public async Task Clusters_BadQuery_IsRefusedNamingTheField(string query, string field)
    {
        var joc = await app.ClientFor(HotspotsApp.Joc);

        var response = await joc.GetAsync("/api/v1/hotspots/clusters?mission=MINUSCA&" + query, Ct);

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync(Ct));
        json.RootElement.GetProperty("code").GetString().ShouldBe("validation");
        json.RootElement.GetProperty("errors").GetProperty(field).GetArrayLength().ShouldBe(1);
    }

    [Fact]
    public async Task Clusters_UnknownMission_IsNotFound()
    {
        var joc = await app.ClientFor(HotspotsApp.Joc);

        var response = await joc.GetAsync("/api/v1/hotspots/clusters?mission=NOPE", Ct);

        response.StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Clusters_MissionOutsideTheUsersScope_IsForbidden()
    {
        var other = await app.ClientFor(HotspotsApp.OtherJoc);

        var minusca = await other.GetAsync("/api/v1/hotspots/clusters?mission=MINUSCA", Ct);
        var own = await other.GetFromJsonAsync<JsonElement>("/api/v1/hotspots/clusters?mission=MONUSCO", Ct);

        minusca.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        own.GetProperty("events").GetInt32().ShouldBe(0);
    }

    [Fact]
    public async Task Page_Clusters_TableBesideTheMapWithDraftLinks()
    {
        var joc = await app.PageClientFor(HotspotsApp.Joc);

        var html = await joc.GetStringAsync("/hotspots?mission=MINUSCA", Ct);

        html.ShouldContain("id=\"cluster-table\"");
        html.ShouldContain("id=\"cluster-1\"");
        html.ShouldContain("id=\"cluster-2\"");
        html.ShouldNotContain("id=\"cluster-3\"");
        html.ShouldContain("class=\"hull-mark\"");
        html.ShouldContain("href=\"/warnings/new?mission=MINUSCA&amp;circle=4.36");
        html.ShouldContain("%20");
    }

    [Fact]
    public async Task Page_Grid_HotCellsWithTrendAndLegend()
    {
        var joc = await app.PageClientFor(HotspotsApp.Joc);

        var html = await joc.GetStringAsync("/hotspots?mission=MINUSCA&view=grid", Ct);

        html.ShouldContain("id=\"cell-table\"");
        html.ShouldContain("id=\"cell-135758\"");
        html.ShouldContain("class=\"gi gi-hot-99\"");
        html.ShouldContain("gi-legend");
        html.ShouldContain("href=\"/warnings/new?mission=MINUSCA&amp;gid=135758\"");
    }
}
