namespace Bluehelm.IntegrationTests.Alerts;

/// <summary>
/// A response's notes are an append-only history (the JOC's orders survive the commander's report),
/// a closed alert's responses take no more outcomes, and the audit keeps old and new values.
/// </summary>
[Collection(AlertsCollection.Name)]
public sealed class ResponseNotesTests(AlertsApp app)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    /// <summary>An alert dispatched to the demo commander's unit with orders; returns (alert, response).</summary>
    private async Task<(Guid Alert, Guid Response)> Dispatched(HttpClient joc, string description, double lat)
    {
        var id = await app.Raise(joc, AlertsApp.Body(description, lat: lat, lon: 22.4));
        var units = await joc.GetFromJsonAsync<JsonElement>("/api/v1/missions/MINUSCA/units", Ct);
        var unit = units.EnumerateArray().Where(u => u.GetProperty("name").GetString()!.EndsWith(" Bangui", StringComparison.Ordinal))
            .OrderByDescending(u => u.GetProperty("strength").GetInt32()).ThenBy(u => u.GetProperty("name").GetString(), StringComparer.Ordinal)
            .First().GetProperty("id").GetGuid();
        var r = await joc.PostAsJsonAsync($"/api/v1/alerts/{id}/responses", new { unitIds = new[] { unit }, action = "patrol", notes = "Ordres JOC : deux sections, rendre compte à 18h" }, Ct);
        r.StatusCode.ShouldBe(HttpStatusCode.OK, await r.Content.ReadAsStringAsync(Ct));
        var a = await r.Content.ReadFromJsonAsync<JsonElement>(Ct);
        return (id, a.GetProperty("responses")[0].GetProperty("id").GetGuid());
    }

    [Fact]
    public async Task Outcome_CommandersNotes_AppendToTheJocsOrders()
    {
        var joc = await app.ClientFor(AlertsApp.Joc);
        var commander = await app.ClientFor(AlertsApp.Commander);
        var (id, response) = await Dispatched(joc, "ordres à garder", 6.1);

        var r = await commander.PostAsJsonAsync($"/api/v1/alerts/{id}/responses/{response}/outcome", new { outcome = "civilians-protected", notes = "Village sécurisé, aucun blessé" }, Ct);

        r.StatusCode.ShouldBe(HttpStatusCode.OK);
        var a = await joc.GetFromJsonAsync<JsonElement>($"/api/v1/alerts/{id}", Ct);
        var resp = a.GetProperty("responses")[0];
        resp.GetProperty("notes").GetString().ShouldBe("Village sécurisé, aucun blessé");
        var history = resp.GetProperty("noteHistory").EnumerateArray().ToList();
        history.Select(n => n.GetProperty("text").GetString()).ShouldBe(["Ordres JOC : deux sections, rendre compte à 18h", "Village sécurisé, aucun blessé"]);
        history.Select(n => n.GetProperty("actor").GetString()).ShouldBe([AlertsApp.Joc, AlertsApp.Commander]);
        var page = await (await app.PageClientFor(AlertsApp.Joc)).GetStringAsync($"/alerts/{id}", Ct);
        page.ShouldContain("Ordres JOC : deux sections, rendre compte à 18h");
        page.ShouldContain("Village sécurisé, aucun blessé");
        page.ShouldContain("History of the notes");
    }

    [Fact]
    public async Task Outcome_AfterResolved_Returns409ResponseClosedAndChangesNothing()
    {
        var joc = await app.ClientFor(AlertsApp.Joc);
        var commander = await app.ClientFor(AlertsApp.Commander);
        commander.DefaultRequestHeaders.AcceptLanguage.ParseAdd("fr");
        var (id, response) = await Dispatched(joc, "close puis modifiée", 6.3);
        (await commander.PostAsJsonAsync($"/api/v1/alerts/{id}/responses/{response}/outcome", new { outcome = "civilians-protected" }, Ct)).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await joc.PostAsJsonAsync($"/api/v1/alerts/{id}/transitions", new { to = "resolved", reason = "calme" }, Ct)).StatusCode.ShouldBe(HttpStatusCode.OK);

        var late = await commander.PostAsJsonAsync($"/api/v1/alerts/{id}/responses/{response}/outcome", new { outcome = "no-threat-found", notes = "réécrit après coup" }, Ct);

        late.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        var problem = await late.Content.ReadFromJsonAsync<JsonElement>(Ct);
        problem.GetProperty("code").GetString().ShouldBe("response-closed");
        problem.GetProperty("detail").GetString()!.ShouldContain("close");
        var a = await joc.GetFromJsonAsync<JsonElement>($"/api/v1/alerts/{id}", Ct);
        a.GetProperty("responses")[0].GetProperty("outcome").GetString().ShouldBe("civilians-protected");
        a.GetProperty("responses")[0].GetProperty("noteHistory").GetArrayLength().ShouldBe(1);
    }

    [Fact]
    public async Task Outcome_Audit_KeepsOldAndNewValues()
    {
        var joc = await app.ClientFor(AlertsApp.Joc);
        var admin = await app.ClientFor(BluehelmApp.AdminEmail);
        var (id, response) = await Dispatched(joc, "audit des valeurs", 6.5);
        (await joc.PostAsJsonAsync($"/api/v1/alerts/{id}/responses/{response}/outcome", new { outcome = "civilians-protected" }, Ct)).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await joc.PostAsJsonAsync($"/api/v1/alerts/{id}/responses/{response}/outcome", new { outcome = "no-threat-found" }, Ct)).StatusCode.ShouldBe(HttpStatusCode.OK);

        var page = await admin.GetFromJsonAsync<JsonElement>($"/api/v1/audit?entityType=AlertResponse&entityId={response}", Ct);

        var updates = page.GetProperty("items").EnumerateArray().Where(e => e.GetProperty("action").GetString() == "update").Select(e => JsonDocument.Parse(e.GetProperty("details").GetString()!).RootElement).ToList();
        var last = updates[0].GetProperty("Outcome");
        last.GetProperty("old").GetString().ShouldBe("CiviliansProtected");
        last.GetProperty("new").GetString().ShouldBe("NoThreatFound");
        updates[1].GetProperty("Outcome").GetProperty("old").ValueKind.ShouldBe(JsonValueKind.Null);
    }
}
