using System.Net.Http.Json;

namespace Bluehelm.IntegrationTests.Alerts;

/// <summary>Coordinates far outside the host country are kept but flagged, on the API, the board and the alert page.</summary>
public sealed class OutsideHostCountryTests(AlertsApp app) : IClassFixture<AlertsApp>
{
    [Fact]
    public async Task Raise_CoordinatesFarOutsideTheHostCountry_AreKeptAndFlaggedOnApiBoardAndPage()
    {
        var ct = TestContext.Current.CancellationToken;
        var joc = await app.ClientFor(AlertsApp.Joc);
        var far = await app.Raise(joc, AlertsApp.Body("coordonnées inversées ?", lat: 18.56, lon: 4.36));
        var near = await app.Raise(joc, AlertsApp.Body("à Bangui", lat: 4.36, lon: 18.56));

        var farDetail = await joc.GetFromJsonAsync<JsonElement>($"/api/v1/alerts/{far}", ct);
        farDetail.GetProperty("outsideHostCountry").GetBoolean().ShouldBeTrue();
        farDetail.GetProperty("latitude").GetDouble().ShouldBe(18.56);
        (await joc.GetFromJsonAsync<JsonElement>($"/api/v1/alerts/{near}", ct)).GetProperty("outsideHostCountry").GetBoolean().ShouldBeFalse();

        var pages = await app.PageClientFor(AlertsApp.Joc);
        pages.DefaultRequestHeaders.AcceptLanguage.ParseAdd("fr");
        var page = await pages.GetStringAsync($"/alerts/{far}", ct);
        page.ShouldContain("hors du pays hôte");
        (await pages.GetStringAsync($"/alerts/{near}", ct)).ShouldNotContain("hors du pays hôte");
        (await pages.GetStringAsync("/alerts/board", ct)).ShouldContain("hors du pays hôte");
    }
}
