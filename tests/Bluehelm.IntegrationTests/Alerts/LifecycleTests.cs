namespace Bluehelm.IntegrationTests.Alerts;

[Collection(AlertsCollection.Name)]
public sealed class LifecycleTests(AlertsApp app)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private async Task<JsonElement> Units(HttpClient client) =>
        await client.GetFromJsonAsync<JsonElement>("/api/v1/missions/MINUSCA/units", Ct);

    private static async Task<HttpResponseMessage> Move(HttpClient client, Guid id, string to, string? reason = null, int? version = null) =>
        await client.PostAsJsonAsync($"/api/v1/alerts/{id}/transitions", new { to, reason, version }, Ct);

    private async Task<HttpResponseMessage> DispatchTo(HttpClient client, Guid id, string unitName)
    {
        var unit = (await Units(client)).EnumerateArray().First(u => u.GetProperty("name").GetString() == unitName).GetProperty("id").GetGuid();
        return await client.PostAsJsonAsync($"/api/v1/alerts/{id}/responses", new { unitIds = new[] { unit }, action = "patrol", notes = "two sections" }, Ct);
    }

    /// <summary>The demo commander commands the largest unit in Bangui.</summary>
    private async Task<string> CommandersUnit(HttpClient client) =>
        (await Units(client)).EnumerateArray().Where(u => u.GetProperty("name").GetString()!.EndsWith(" Bangui", StringComparison.Ordinal))
            .OrderByDescending(u => u.GetProperty("strength").GetInt32()).ThenBy(u => u.GetProperty("name").GetString(), StringComparer.Ordinal)
            .First().GetProperty("name").GetString()!;

    [Fact]
    public async Task FullLoop_ReceivedToResolved_TimesEveryStepAndTheCommanderSeesIt()
    {
        var joc = await app.ClientFor(AlertsApp.Joc);
        var commander = await app.ClientFor(AlertsApp.Commander);
        var id = await app.Raise(joc, AlertsApp.Body("Attaque signalée à Bangui, quartier PK5", lat: 4.37, lon: 18.55));

        (await commander.GetAsync($"/api/v1/alerts/{id}", Ct)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await Move(joc, id, "triaged", "call-back confirmed")).StatusCode.ShouldBe(HttpStatusCode.OK);
        app.Clock.Advance(TimeSpan.FromMinutes(12));
        (await DispatchTo(joc, id, await CommandersUnit(joc))).StatusCode.ShouldBe(HttpStatusCode.OK);
        app.Clock.Advance(TimeSpan.FromMinutes(25));
        (await Move(joc, id, "on-scene")).StatusCode.ShouldBe(HttpStatusCode.OK);
        var seen = await commander.GetFromJsonAsync<JsonElement>($"/api/v1/alerts/{id}", Ct);
        var responseId = seen.GetProperty("responses")[0].GetProperty("id").GetGuid();
        (await commander.PostAsJsonAsync($"/api/v1/alerts/{id}/responses/{responseId}/outcome", new { outcome = "civilians-protected" }, Ct)).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await Move(joc, id, "resolved", "area calm")).StatusCode.ShouldBe(HttpStatusCode.OK);

        var a = await joc.GetFromJsonAsync<JsonElement>($"/api/v1/alerts/{id}", Ct);
        a.GetProperty("status").GetString().ShouldBe("resolved");
        (a.GetProperty("dispatchedAt").GetDateTimeOffset() - a.GetProperty("triagedAt").GetDateTimeOffset()).ShouldBe(TimeSpan.FromMinutes(12));
        (a.GetProperty("onSceneAt").GetDateTimeOffset() - a.GetProperty("dispatchedAt").GetDateTimeOffset()).ShouldBe(TimeSpan.FromMinutes(25));
        a.GetProperty("responses")[0].GetProperty("outcome").GetString().ShouldBe("civilians-protected");
        var kinds = a.GetProperty("timeline").EnumerateArray().Select(e => e.GetProperty("kind").GetString() + ":" + (e.TryGetProperty("to", out var to) && to.ValueKind == JsonValueKind.String ? to.GetString() : "")).ToList();
        kinds.ShouldBe(["received:", "status-changed:triaged", "status-changed:dispatched", "response-added:", "status-changed:on-scene", "response-updated:", "status-changed:resolved"]);
        a.GetProperty("timeline").EnumerateArray().Last().GetProperty("note").GetString().ShouldBe("area calm");
        var untasked = await app.Raise(joc, AlertsApp.Body("never tasked to the commander", lat: 4.38, lon: 18.56));
        var list = (await commander.GetFromJsonAsync<JsonElement>("/api/v1/alerts?limit=500", Ct)).GetProperty("items").EnumerateArray().Select(x => x.GetProperty("id").GetGuid()).ToList();
        list.ShouldContain(id);
        list.ShouldNotContain(untasked);
    }

    public static TheoryData<string, string, bool> Matrix()
    {
        // Expected by the lifecycle of PRODUCT.md; "dispatched" goes through responses and
        // "duplicate" through merge, never through a bare status change.
        var legal = new Dictionary<string, string[]>
        {
            ["received"] = ["triaged", "false-alarm"],
            ["triaged"] = ["false-alarm", "resolved"],
            ["dispatched"] = ["on-scene", "resolved", "false-alarm"],
            ["on-scene"] = ["resolved", "false-alarm"],
            ["resolved"] = [],
            ["false-alarm"] = [],
        };
        string[] all = ["received", "triaged", "dispatched", "on-scene", "resolved", "false-alarm", "duplicate"];
        var data = new TheoryData<string, string, bool>();
        foreach (var (from, to) in legal.Keys.SelectMany(f => all.Select(t => (f, t))))
        {
            data.Add(from, to, legal[from].Contains(to));
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Matrix))]
    public async Task Transition_EveryPair_IsAllowedExactlyWhenTheLifecycleSaysSo(string from, string to, bool allowed)
    {
        var joc = await app.ClientFor(AlertsApp.Joc);
        var id = await app.Raise(joc, AlertsApp.Body($"matrix {from}->{to}", lat: 6.0, lon: 16.0));
        string[] path = from switch
        {
            "received" => [],
            "triaged" => ["triaged"],
            "dispatched" => ["triaged", "dispatch"],
            "on-scene" => ["triaged", "dispatch", "on-scene"],
            "resolved" => ["triaged", "resolved"],
            _ => ["false-alarm"],
        };
        foreach (var step in path)
        {
            var r = step == "dispatch" ? await DispatchTo(joc, id, await CommandersUnit(joc)) : await Move(joc, id, step);
            r.StatusCode.ShouldBe(HttpStatusCode.OK, $"setting up {from}: {step}");
        }

        var before = await joc.GetFromJsonAsync<JsonElement>($"/api/v1/alerts/{id}", Ct);
        var response = await Move(joc, id, to);

        var after = await joc.GetFromJsonAsync<JsonElement>($"/api/v1/alerts/{id}", Ct);
        if (allowed)
        {
            response.StatusCode.ShouldBe(HttpStatusCode.OK);
            after.GetProperty("status").GetString().ShouldBe(to);
        }
        else
        {
            response.StatusCode.ShouldBe(HttpStatusCode.Conflict);
            (await Platform.AuthTests.Code(response)).ShouldBe("illegal-transition");
            after.GetProperty("status").GetString().ShouldBe(from);
            after.GetProperty("timeline").GetArrayLength().ShouldBe(before.GetProperty("timeline").GetArrayLength());
        }
    }

    [Fact]
    public async Task Transition_StaleVersion_Returns409AndKeepsTheOtherChange()
    {
        var joc = await app.ClientFor(AlertsApp.Joc);
        var id = await app.Raise(joc, AlertsApp.Body("two officers at once", lat: 6.1, lon: 16.1));
        var version = (await joc.GetFromJsonAsync<JsonElement>($"/api/v1/alerts/{id}", Ct)).GetProperty("version").GetInt32();

        (await Move(joc, id, "triaged", version: version)).StatusCode.ShouldBe(HttpStatusCode.OK);
        var stale = await Move(joc, id, "false-alarm", version: version);

        stale.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        (await Platform.AuthTests.Code(stale)).ShouldBe("concurrent-change");
        (await joc.GetFromJsonAsync<JsonElement>($"/api/v1/alerts/{id}", Ct)).GetProperty("status").GetString().ShouldBe("triaged");
    }

    [Fact]
    public async Task Merge_Duplicate_KeepsBothHistories()
    {
        var joc = await app.ClientFor(AlertsApp.Joc);
        var first = await app.Raise(joc, AlertsApp.Body("pillage du marché", threat: "looting-or-destruction", lat: 5.0, lon: 16.0));
        var second = await app.Raise(joc, AlertsApp.Body("le marché est pillé", threat: "looting-or-destruction", lat: 5.01, lon: 16.01));
        (await joc.GetFromJsonAsync<Guid[]>($"/api/v1/alerts/{second}/duplicates", Ct))!.ShouldContain(first);

        var response = await joc.PostAsJsonAsync($"/api/v1/alerts/{second}/merge", new { into = first, reason = "same market" }, Ct);

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        var merged = await joc.GetFromJsonAsync<JsonElement>($"/api/v1/alerts/{second}", Ct);
        merged.GetProperty("status").GetString().ShouldBe("duplicate");
        merged.GetProperty("duplicateOf").GetGuid().ShouldBe(first);
        merged.GetProperty("timeline").GetArrayLength().ShouldBe(2);
        var target = await joc.GetFromJsonAsync<JsonElement>($"/api/v1/alerts/{first}", Ct);
        target.GetProperty("status").GetString().ShouldBe("received");
        target.GetProperty("timeline").EnumerateArray().Last().GetProperty("relatedAlertId").GetGuid().ShouldBe(second);
    }

    [Fact]
    public async Task Dispatch_UnitOfAnotherMission_Returns400()
    {
        var joc = await app.ClientFor(AlertsApp.Joc);
        var id = await app.Raise(joc, AlertsApp.Body("needs a unit", lat: 6.2, lon: 16.2));

        var response = await joc.PostAsJsonAsync($"/api/v1/alerts/{id}/responses", new { unitIds = new[] { Guid.NewGuid() }, action = "patrol" }, Ct);

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await Platform.AuthTests.Code(response)).ShouldBe("unknown-unit");
    }
}
