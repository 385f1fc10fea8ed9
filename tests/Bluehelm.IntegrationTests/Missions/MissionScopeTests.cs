using Bluehelm.IntegrationTests.Alerts;

namespace Bluehelm.IntegrationTests.Missions;

/// <summary>
/// Units, strength and sites of a mission by role (PRODUCT.md): the mission's JOC, POC advisers and
/// commanders, force generation and administrators see them; a member state only its own country's
/// units; a training officer and another mission's JOC nothing. The same rule on the pages.
/// </summary>
[Collection(AlertsCollection.Name)]
public sealed class MissionScopeTests(AlertsApp app)
{
    private const string Training = "training@demo.bluehelm.local";
    private const string Delegation = "delegation.sn@demo.bluehelm.local";
    private const string ForceGen = "forcegen@demo.bluehelm.local";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private async Task<Guid> BanguiSite()
    {
        var admin = await app.ClientFor(BluehelmApp.AdminEmail);
        var m = await admin.GetFromJsonAsync<JsonElement>("/api/v1/missions/MINUSCA", Ct);
        return m.GetProperty("sites").EnumerateArray().Single(s => s.GetProperty("name").GetString() == "Bangui").GetProperty("id").GetGuid();
    }

    [Theory]
    [InlineData(BluehelmApp.AdminEmail, HttpStatusCode.OK)]
    [InlineData(ForceGen, HttpStatusCode.OK)]
    [InlineData(AlertsApp.Joc, HttpStatusCode.OK)]
    [InlineData(AlertsApp.Poc, HttpStatusCode.OK)]
    [InlineData(AlertsApp.Commander, HttpStatusCode.OK)]
    [InlineData(AlertsApp.OtherJoc, HttpStatusCode.Forbidden)]
    [InlineData(Training, HttpStatusCode.Forbidden)]
    [InlineData(Delegation, HttpStatusCode.Forbidden)]
    [InlineData("conduct.minusca@demo.bluehelm.local", HttpStatusCode.Forbidden)]
    public async Task StrengthAndSite_EachRole_AnswerAsPolicySays(string email, HttpStatusCode expected)
    {
        var client = await app.ClientFor(email);
        var site = await BanguiSite();

        (await client.GetAsync("/api/v1/missions/MINUSCA/strength", Ct)).StatusCode.ShouldBe(expected);
        (await client.GetAsync($"/api/v1/sites/{site}", Ct)).StatusCode.ShouldBe(expected);
        (await client.GetAsync("/api/v1/missions/MINUSCA", Ct)).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Theory]
    [InlineData(AlertsApp.OtherJoc)]
    [InlineData(Training)]
    [InlineData("vra.minusca@demo.bluehelm.local")]
    public async Task Units_RoleWithoutForces_Returns403(string email)
    {
        var client = await app.ClientFor(email);

        var response = await client.GetAsync("/api/v1/missions/MINUSCA/units", Ct);

        response.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await Platform.AuthTests.Code(response)).ShouldBe("forbidden");
    }

    [Fact]
    public async Task Units_MemberState_SeesOnlyItsOwnCountry()
    {
        var all = await (await app.ClientFor(ForceGen)).GetFromJsonAsync<JsonElement>("/api/v1/missions/MINUSCA/units", Ct);
        var delegation = await app.ClientFor(Delegation);

        var own = await delegation.GetFromJsonAsync<JsonElement>("/api/v1/missions/MINUSCA/units", Ct);

        all.EnumerateArray().Select(u => u.GetProperty("contributingCountryIso2").GetString()).Distinct().Count().ShouldBeGreaterThan(1);
        own.EnumerateArray().ShouldAllBe(u => u.GetProperty("contributingCountryIso2").GetString() == "SN");
        own.GetArrayLength().ShouldBe(all.EnumerateArray().Count(u => u.GetProperty("contributingCountryIso2").GetString() == "SN"));
    }

    [Fact]
    public async Task Pages_TrainingOfficer_MissionWithoutForcesAndSiteDeniedInsideTheLayout()
    {
        var site = await BanguiSite();
        var page = await app.PageClientFor(Training);
        var joc = await app.PageClientFor(AlertsApp.Joc);

        var mission = await page.GetStringAsync("/missions/MINUSCA", Ct);
        var denied = await page.GetAsync($"/sites/{site}", Ct);
        var deniedFr = new HttpRequestMessage(HttpMethod.Get, $"/sites/{site}");
        deniedFr.Headers.AcceptLanguage.ParseAdd("fr");
        var fr = await page.SendAsync(deniedFr, Ct);
        var jocMission = await joc.GetStringAsync("/missions/MINUSCA", Ct);
        var jocSite = await joc.GetAsync($"/sites/{site}", Ct);

        mission.ShouldContain("S/RES/2149");
        mission.ShouldNotContain("BATT Bangui");
        mission.ShouldNotContain("class=\"chart\"");
        denied.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        var html = await denied.Content.ReadAsStringAsync(Ct);
        html.ShouldContain("Access denied");
        html.ShouldContain("action=\"/account/logout\"");
        html.ShouldNotContain("BATT Bangui");
        fr.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await fr.Content.ReadAsStringAsync(Ct)).ShouldContain("Accès refusé");
        jocMission.ShouldContain("BATT Bangui");
        jocMission.ShouldContain("class=\"chart\"");
        jocSite.StatusCode.ShouldBe(HttpStatusCode.OK);
    }
}
