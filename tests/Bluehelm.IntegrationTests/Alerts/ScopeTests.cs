namespace Bluehelm.IntegrationTests.Alerts;

/// <summary>Dispatch targets and duplicate proposals never cross the reader's scope.</summary>
[Collection(AlertsCollection.Name)]
public sealed class ScopeTests(AlertsApp app)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory]
    [InlineData(BluehelmApp.AdminEmail, HttpStatusCode.OK)]
    [InlineData(AlertsApp.Joc, HttpStatusCode.OK)]
    [InlineData(AlertsApp.Poc, HttpStatusCode.OK)]
    [InlineData(AlertsApp.Commander, HttpStatusCode.Forbidden)]
    [InlineData(AlertsApp.OtherJoc, HttpStatusCode.Forbidden)]
    public async Task Targets_ReadByRole_OnlyTheMissionsJocPocOrAdmin(string email, HttpStatusCode expected)
    {
        var client = await app.ClientFor(email);

        var response = await client.GetAsync("/api/v1/missions/MINUSCA/alert-targets", Ct);

        response.StatusCode.ShouldBe(expected);
    }

    [Fact]
    public async Task Duplicates_Commander_GetsOnlyAlertsHeMayOpen()
    {
        var joc = await app.ClientFor(AlertsApp.Joc);
        var commander = await app.ClientFor(AlertsApp.Commander);
        var untasked = await app.Raise(joc, AlertsApp.Body("enlèvement près de Ndélé, non confié", threat: "abduction", lat: 8.41, lon: 20.65));
        var tasked = await app.Raise(joc, AlertsApp.Body("enlèvement près de Ndélé, confié", threat: "abduction", lat: 8.411, lon: 20.651));
        var units = await joc.GetFromJsonAsync<JsonElement>("/api/v1/missions/MINUSCA/units", Ct);
        var unit = units.EnumerateArray().Where(u => u.GetProperty("name").GetString()!.EndsWith(" Bangui", StringComparison.Ordinal))
            .OrderByDescending(u => u.GetProperty("strength").GetInt32()).ThenBy(u => u.GetProperty("name").GetString(), StringComparer.Ordinal)
            .First().GetProperty("id").GetGuid();
        (await joc.PostAsJsonAsync($"/api/v1/alerts/{tasked}/transitions", new { to = "triaged" }, Ct)).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await joc.PostAsJsonAsync($"/api/v1/alerts/{tasked}/responses", new { unitIds = new[] { unit }, action = "patrol" }, Ct)).StatusCode.ShouldBe(HttpStatusCode.OK);

        var forJoc = await joc.GetFromJsonAsync<Guid[]>($"/api/v1/alerts/{tasked}/duplicates", Ct);
        var forCommander = await commander.GetFromJsonAsync<Guid[]>($"/api/v1/alerts/{tasked}/duplicates", Ct);

        forJoc!.ShouldContain(untasked);
        (await commander.GetAsync($"/api/v1/alerts/{untasked}", Ct)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        forCommander!.ShouldNotContain(untasked);
    }
}
