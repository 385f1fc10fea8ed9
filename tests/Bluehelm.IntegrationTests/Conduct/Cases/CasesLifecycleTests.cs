namespace Bluehelm.IntegrationTests.Conduct.Cases;

/// <summary>A case from intake to closure through the API: each act in its stage, the others refused with 409, versions checked.</summary>
[Collection(ConductCollection.Name)]
public sealed class CasesLifecycleTests(ConductApp app)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static async Task<int> Act(HttpClient client, Guid id, string act, int version, object body, HttpStatusCode expected = HttpStatusCode.OK)
    {
        var json = JsonSerializer.SerializeToElement(body);
        var payload = json.EnumerateObject().ToDictionary(p => p.Name, p => (object?)p.Value);
        payload["version"] = version;
        var response = await client.PostAsJsonAsync($"/api/v1/conduct/cases/{id}/{act}", payload, Ct);
        var text = await response.Content.ReadAsStringAsync(Ct);
        response.StatusCode.ShouldBe(expected, act + ": " + text);
        return expected == HttpStatusCode.OK ? JsonDocument.Parse(text).RootElement.GetProperty("version").GetInt32() : version;
    }

    private static async Task<string?> Code(HttpResponseMessage response) =>
        JsonDocument.Parse(await response.Content.ReadAsStringAsync(Ct)).RootElement.TryGetProperty("code", out var c) ? c.GetString() : null;

    [Fact]
    public async Task Lifecycle_IntakeToClosure_EachActInItsStageAndOthersRefused()
    {
        var officer = await app.ClientFor(ConductApp.Officer);
        var created = await officer.PostAsJsonAsync("/api/v1/conduct/cases", ConductApp.NewCase("Lifecycle Victim-Nom", "Lifecycle Subject-Nom", "Lifecycle Reporter-Nom", "Lifecycle narrative sentence."), Ct);
        created.StatusCode.ShouldBe(HttpStatusCode.Created, await created.Content.ReadAsStringAsync(Ct));
        var body = await created.Content.ReadFromJsonAsync<JsonElement>(Ct);
        var id = body.GetProperty("id").GetGuid();
        body.GetProperty("reference").GetString().ShouldStartWith("SEA-MINUSCA-2026-");
        var v = body.GetProperty("version").GetInt32();

        // Referral before assessment: wrong stage.
        var early = await officer.PostAsJsonAsync($"/api/v1/conduct/cases/{id}/referral", new { version = v, referredOn = ConductApp.Day(0) }, Ct);
        early.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        (await Code(early)).ShouldBe("wrong-stage");

        v = await Act(officer, id, "assess", v, new { urgent = true });
        // A stale version is refused and changes nothing.
        var stale = await officer.PostAsJsonAsync($"/api/v1/conduct/cases/{id}/allegations", new { version = v - 1, category = "sexual-abuse", type = "rape" }, Ct);
        stale.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        (await Code(stale)).ShouldBe("stale-version");
        v = await Act(officer, id, "measures", v, new { kind = "payment-suspension", by = "united-nations", count = 1, on = ConductApp.Day(0) });
        v = await Act(officer, id, "referral", v, new { referredOn = ConductApp.Day(-2) });

        var referred = await officer.GetFromJsonAsync<JsonElement>($"/api/v1/conduct/cases/{id}", Ct);
        referred.GetProperty("stage").GetString().ShouldBe("referred");
        // Tuesday 24 November 2026 + 10 working days = Tuesday 8 December.
        referred.GetProperty("referralDue").GetString().ShouldBe("2026-12-08");

        v = await Act(officer, id, "member-state-answer", v, new { answeredOn = ConductApp.Day(0), nio = "yes" });
        await Act(officer, id, "member-state-answer", v, new { answeredOn = ConductApp.Day(0), nio = "yes" }, HttpStatusCode.Conflict);
        v = await Act(officer, id, "investigation", v, new { entity = "joint", startedOn = ConductApp.Day(0) });
        var started = await officer.GetFromJsonAsync<JsonElement>($"/api/v1/conduct/cases/{id}", Ct);
        started.GetProperty("investigationDue").GetString().ShouldBe(ConductApp.Day(90), "urgent: 90 days");

        await Act(officer, id, "pause", v, new { from = ConductApp.Day(0) }, HttpStatusCode.BadRequest);
        await Act(officer, id, "resume", v, new { on = ConductApp.Day(0) }, HttpStatusCode.Conflict);
        v = await Act(officer, id, "pause", v, new { from = ConductApp.Day(0), reason = "Victim in hospital" });
        app.Clock.Advance(TimeSpan.FromDays(4));
        officer = await app.ClientFor(ConductApp.Officer); // the first token has expired meanwhile
        v = await Act(officer, id, "resume", v, new { on = ConductApp.Day(4) });
        var resumed = await officer.GetFromJsonAsync<JsonElement>($"/api/v1/conduct/cases/{id}", Ct);
        resumed.GetProperty("investigationDue").GetString().ShouldBe(ConductApp.Day(94), "four paused days move the deadline");
        resumed.GetProperty("investigation").GetProperty("pauses").GetArrayLength().ShouldBe(1);

        await Act(officer, id, "closure", v, new { closedOn = ConductApp.Day(4), note = "early" }, HttpStatusCode.Conflict);
        await Act(officer, id, "actions", v, new { by = "member-state", kind = "imprisonment", count = 1, on = ConductApp.Day(4) }, HttpStatusCode.Conflict);
        v = await Act(officer, id, "findings", v, new { completedOn = ConductApp.Day(4), finding = "substantiated", label = "Substantiated (transactional sex)" });
        v = await Act(officer, id, "actions", v, new { by = "united-nations", kind = "repatriation", count = 1, on = ConductApp.Day(4) });
        v = await Act(officer, id, "actions", v, new { by = "member-state", kind = "imprisonment", count = 1, on = ConductApp.Day(4) });
        v = await Act(officer, id, "criminal-referral", v, new { referral = "yes" });
        await Act(officer, id, "closure", v, new { closedOn = ConductApp.Day(4) }, HttpStatusCode.BadRequest);
        v = await Act(officer, id, "closure", v, new { closedOn = ConductApp.Day(4), note = "Actions completed." });
        await Act(officer, id, "assess", v, new { urgent = false }, HttpStatusCode.Conflict);

        var closed = await officer.GetFromJsonAsync<JsonElement>($"/api/v1/conduct/cases/{id}", Ct);
        closed.GetProperty("stage").GetString().ShouldBe("closed");
        var inv = closed.GetProperty("investigation");
        inv.GetProperty("finding").GetString().ShouldBe("substantiated");
        inv.GetProperty("investigationDays").GetInt32().ShouldBe(0, "four days, all paused");
        inv.GetProperty("actions").GetArrayLength().ShouldBe(2);
        inv.GetProperty("criminalReferral").GetString().ShouldBe("yes");
        closed.GetProperty("memberStateActions").GetArrayLength().ShouldBe(1);

        var audit = await officer.GetFromJsonAsync<JsonElement>($"/api/v1/conduct/cases/{id}/audit", Ct);
        audit.EnumerateArray().Count(l => l.GetProperty("action").GetString() == "read" && l.GetProperty("details").GetString() == "detail").ShouldBeGreaterThanOrEqualTo(4);
        audit.EnumerateArray().ShouldContain(l => l.GetProperty("action").GetString() == "update");
    }

    [Fact]
    public async Task Record_SameIdempotencyKeyTwice_MakesOneCase()
    {
        var officer = await app.ClientFor(ConductApp.Officer);
        var key = Guid.NewGuid().ToString("N");
        async Task<Guid> Post()
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/conduct/cases") { Content = JsonContent.Create(ConductApp.NewCase("Idem Victim", "Idem Subject", "Idem Reporter", "Idem narrative.")) };
            request.Headers.Add("Idempotency-Key", key);
            var response = await officer.SendAsync(request, Ct);
            response.StatusCode.ShouldBe(HttpStatusCode.Created);
            return (await response.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("id").GetGuid();
        }

        var first = await Post();
        var second = await Post();

        second.ShouldBe(first);
    }

    [Fact]
    public async Task Record_UniformedSubjectWithoutNationality_Returns400WithTheField()
    {
        var officer = await app.ClientFor(ConductApp.Officer);
        var response = await officer.PostAsJsonAsync("/api/v1/conduct/cases", new
        {
            mission = "MINUSCA",
            reportedOn = ConductApp.Day(0),
            howReported = "hotline",
            allegations = new[] { new { category = "sexual-abuse", type = "rape" } },
            subjects = new[] { new { count = 1, category = "formed-police" } },
        }, Ct);

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>(Ct);
        problem.GetProperty("errors").GetProperty("subjects[0].nationality")[0].GetString().ShouldBe("required");
    }

    [Fact]
    public async Task Record_AnotherMission_IsRefused()
    {
        var officer = await app.ClientFor(ConductApp.Officer);
        var body = JsonSerializer.SerializeToElement(ConductApp.NewCase("x", "y", "z", "w")).EnumerateObject().ToDictionary(p => p.Name, p => (object?)p.Value);
        body["mission"] = "MONUSCO";

        var response = await officer.PostAsJsonAsync("/api/v1/conduct/cases", body, Ct);

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await response.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("errors").GetProperty("mission")[0].GetString().ShouldBe("not-yours");
    }
}
