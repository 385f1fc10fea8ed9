namespace Bluehelm.IntegrationTests.Alerts;

/// <summary>Scopes and the protected reporter: every role gets 403 or 404, never someone else's data.</summary>
[Collection(AlertsCollection.Name)]
public sealed class ProtectionTests(AlertsApp app)
{
    private const string ReporterPhone = "+23675550199";
    private const string ReporterName = "Célestin Protégé";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private async Task<Guid> RaiseWithReporter(string description)
    {
        var joc = await app.ClientFor(AlertsApp.Joc);
        var body = AlertsApp.Body(description);
        body["reporter"] = new Dictionary<string, object?> { ["name"] = ReporterName, ["phone"] = "+236 75 55 01 99" };
        return await app.Raise(joc, body);
    }

    [Fact]
    public async Task Reporter_JocOfTheMission_SeesIt()
    {
        var id = await RaiseWithReporter("reporter visible to JOC");
        var joc = await app.ClientFor(AlertsApp.Joc);

        var a = await joc.GetFromJsonAsync<JsonElement>($"/api/v1/alerts/{id}", Ct);

        a.GetProperty("reporter").GetProperty("phone").GetString().ShouldBe(ReporterPhone);
        a.GetProperty("reporter").GetProperty("name").GetString().ShouldBe(ReporterName);
    }

    [Fact]
    public async Task Reporter_PocAdviser_SeesTheAlertButNeverTheReporter()
    {
        var id = await RaiseWithReporter("reporter hidden from POC");
        var poc = await app.ClientFor(AlertsApp.Poc);

        var raw = await poc.GetStringAsync($"/api/v1/alerts/{id}", Ct);
        var export = await poc.GetStringAsync("/api/v1/alerts/export?format=csv&mission=MINUSCA", Ct);
        var hxl = await poc.GetStringAsync("/api/v1/alerts/export?format=hxl", Ct);

        raw.ShouldContain("reporter hidden from POC");
        raw.ShouldNotContain(ReporterPhone);
        raw.ShouldNotContain("Célestin");
        export.ShouldContain("reporter hidden from POC");
        export.ShouldNotContain(ReporterPhone);
        export.Split('\n')[0].ShouldNotContain("reporter");
        hxl.ShouldNotContain("#contact");
    }

    [Fact]
    public async Task Reporter_PagesForPocAdviser_DoNotShowIt()
    {
        var id = await RaiseWithReporter("reporter hidden on page");
        var page = await app.PageClientFor(AlertsApp.Poc);

        var html = await page.GetStringAsync($"/alerts/{id}", Ct);

        html.ShouldContain("reporter hidden on page");
        html.ShouldNotContain("75550199");
        html.ShouldNotContain("Célestin");
    }

    [Fact]
    public async Task Reporter_AnyRequest_NeverReachesTheLogs()
    {
        await RaiseWithReporter("reporter not logged");
        var joc = await app.ClientFor(AlertsApp.Joc);
        await joc.GetStringAsync("/api/v1/alerts/export?format=csv", Ct);
        await app.CreateClient().PostAsync("/api/v1/alerts/sms", new FormUrlEncodedContent(new Dictionary<string, string> { ["from"] = ReporterPhone, ["text"] = "x" }), Ct);

        app.Logs.ShouldNotBeEmpty();
        app.Logs.Where(l => l.Contains("75550199", StringComparison.Ordinal) || l.Contains("Célestin", StringComparison.Ordinal)).ShouldBeEmpty();
    }

    [Fact]
    public async Task Export_Jocs_HasReporterColumnsAndNeutralizesFormulas()
    {
        var joc = await app.ClientFor(AlertsApp.Joc);
        await app.Raise(joc, AlertsApp.Body("=HYPERLINK(\"http://evil\",\"x\")"));
        await RaiseWithReporter("exported with reporter");

        var csv = await joc.GetStringAsync("/api/v1/alerts/export?format=csv", Ct);
        var hxl = await joc.GetStringAsync("/api/v1/alerts/export?format=hxl", Ct);

        csv.Split('\n')[0].ShouldEndWith("reporter_name,reporter_phone");
        csv.ShouldContain(ReporterPhone);
        csv.ShouldContain("\"'=HYPERLINK(");
        hxl.Split('\n')[1].ShouldStartWith("#meta+id,#org+mission,#date+received");
    }

    [Theory]
    [InlineData("delegation.sn@demo.bluehelm.local", HttpStatusCode.Forbidden)]
    [InlineData("conduct.minusca@demo.bluehelm.local", HttpStatusCode.Forbidden)]
    [InlineData("training@demo.bluehelm.local", HttpStatusCode.Forbidden)]
    [InlineData(AlertsApp.OtherJoc, HttpStatusCode.NotFound)]
    [InlineData(AlertsApp.Commander, HttpStatusCode.NotFound)]
    public async Task Get_RoleOrScopeWithoutAccess_Gets403Or404AndNoData(string email, HttpStatusCode expected)
    {
        var id = await RaiseWithReporter("not for everyone");
        var client = await app.ClientFor(email);

        var response = await client.GetAsync($"/api/v1/alerts/{id}", Ct);
        var list = await client.GetAsync("/api/v1/alerts?mission=MINUSCA", Ct);

        response.StatusCode.ShouldBe(expected);
        var body = await response.Content.ReadAsStringAsync(Ct) + await list.Content.ReadAsStringAsync(Ct);
        body.ShouldNotContain("not for everyone");
        body.ShouldNotContain(ReporterPhone);
    }

    [Fact]
    public async Task Transition_JocOfAnotherMission_Gets404()
    {
        var id = await RaiseWithReporter("other JOC cannot act");
        var other = await app.ClientFor(AlertsApp.OtherJoc);

        var response = await other.PostAsJsonAsync($"/api/v1/alerts/{id}/transitions", new { to = "false-alarm" }, Ct);

        response.StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Transition_Commander_Gets403()
    {
        var id = await RaiseWithReporter("commander cannot triage");
        var commander = await app.ClientFor(AlertsApp.Commander);

        var response = await commander.PostAsJsonAsync($"/api/v1/alerts/{id}/transitions", new { to = "triaged" }, Ct);

        response.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
    }
}
