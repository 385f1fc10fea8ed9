using System.Text.RegularExpressions;
using Bluehelm.Modules.Conduct.Data;
using Bluehelm.Modules.Conduct.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Bluehelm.IntegrationTests.Conduct.Intake;

/// <summary>The anonymous report (API and page) and its status check, through the real host.</summary>
[Collection(IntakeCollection.Name)]
public sealed partial class ReportTests(IntakeApp app)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static object Body(string what, string? contact = null, string? where = null) => new
    {
        mission = "MINUSCA",
        whatHappened = what,
        when = "2026-05",
        where,
        harmed = new { ageGroup = "child", sex = "female", count = 1 },
        involved = new { kind = "uniformed", nationality = "SN" },
        contact,
    };

    [Fact]
    public async Task Report_ThenStatusWithTheSecret_ShowsTheStageAndNothingElse()
    {
        var client = app.CreateClient();

        var response = await client.PostAsJsonAsync("/api/v1/conduct/reports", Body("A soldier asked for sex in exchange for food."), Ct);

        response.StatusCode.ShouldBe(HttpStatusCode.Created, await response.Content.ReadAsStringAsync(Ct));
        var received = await response.Content.ReadFromJsonAsync<JsonElement>(Ct);
        var reference = received.GetProperty("reference").GetString()!;
        var secret = received.GetProperty("secret").GetString()!;
        reference.ShouldMatch(@"^SEA-MINUSCA-\d{4}-\d{4}$");
        secret.ShouldMatch("^([23456789ABCDEFGHJKMNPQRSTWXYZ]{4}-){6}[23456789ABCDEFGHJKMNPQRSTWXYZ]{4}$");
        received.GetProperty("alreadyReceived").GetBoolean().ShouldBeFalse();

        // Typed back as a person might: lower case, spaces for dashes.
        var status = await client.PostAsJsonAsync("/api/v1/conduct/reports/status", new { reference = reference.ToLowerInvariant(), secret = secret.ToLowerInvariant().Replace('-', ' ') }, Ct);

        status.StatusCode.ShouldBe(HttpStatusCode.OK);
        var json = await status.Content.ReadFromJsonAsync<JsonElement>(Ct);
        json.GetProperty("reference").GetString().ShouldBe(reference);
        json.GetProperty("stage").GetString().ShouldBe("received");
        json.GetProperty("referred").GetBoolean().ShouldBeFalse();
        json.GetProperty("closed").GetBoolean().ShouldBeFalse();
        json.EnumerateObject().Select(p => p.Name).ShouldBe(["reference", "stage", "receivedOn", "referred", "investigated", "concluded", "closed"], ignoreOrder: true);

        using var scope = app.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<ConductDbContext>();
        var stored = await db.Set<ConductCase>().Include(c => c.Victims).Include(c => c.Subjects).SingleAsync(c => c.Reference == reference, Ct);
        stored.Stage.ShouldBe(CaseStage.Received);
        stored.HowReported.ShouldBe(HowReported.AnonymousForm);
        stored.Urgent.ShouldBeTrue("a child victim makes the case urgent");
        stored.IncidentFromPrecision.ShouldBe(DatePrecision.Month);
        stored.Victims.Single().AgeGroup.ShouldBe(AgeGroup.Child);
        stored.Subjects.Single().NationalityIso2.ShouldBe("SN");
        stored.StatusSecretHash.ShouldNotBeNull().ShouldNotContain(ReportSecretsNormalized(secret));
        (await db.AuditEntries.CountAsync(a => a.EntityId == stored.Id.ToString() && a.Action == "read", Ct)).ShouldBe(1, "the status check is a read of the case");
    }

    [Fact]
    public async Task Status_WrongSecretOrUnknownReference_SameStatusAndSameBody()
    {
        var client = app.CreateClient();
        var received = await (await client.PostAsJsonAsync("/api/v1/conduct/reports", Body("Status check test."), Ct)).Content.ReadFromJsonAsync<JsonElement>(Ct);
        var reference = received.GetProperty("reference").GetString()!;

        var wrong = await client.PostAsJsonAsync("/api/v1/conduct/reports/status", new { reference, secret = "2345-6789-ABCD-EFGH-JKMN-PQRS-TWXY" }, Ct);
        var unknown = await client.PostAsJsonAsync("/api/v1/conduct/reports/status", new { reference = "SEA-MINUSCA-1999-0001", secret = "2345-6789-ABCD-EFGH-JKMN-PQRS-TWXY" }, Ct);

        wrong.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        unknown.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        var wrongBody = await wrong.Content.ReadAsStringAsync(Ct);
        StripTrace(wrongBody).ShouldBe(StripTrace(await unknown.Content.ReadAsStringAsync(Ct)));
        JsonDocument.Parse(wrongBody).RootElement.GetProperty("code").GetString().ShouldBe("report-not-found");
        wrongBody.ShouldNotContain(reference);
    }

    [Fact]
    public async Task Report_SameIdempotencyKeyTwice_OneCaseAndTheSecretOnlyOnce()
    {
        var client = app.CreateClient();
        var key = Guid.NewGuid().ToString();
        var before = await AnonymousCasesAsync();
        Task<HttpResponseMessage> Send() => client.SendAsync(new HttpRequestMessage(HttpMethod.Post, "/api/v1/conduct/reports")
        {
            Content = JsonContent.Create(Body("Sent twice on a bad link.")),
            Headers = { { "Idempotency-Key", key } },
        }, Ct);

        var first = await Send();
        var second = await Send();

        first.StatusCode.ShouldBe(HttpStatusCode.Created);
        second.StatusCode.ShouldBe(HttpStatusCode.OK);
        var a = await first.Content.ReadFromJsonAsync<JsonElement>(Ct);
        var b = await second.Content.ReadFromJsonAsync<JsonElement>(Ct);
        b.GetProperty("reference").GetString().ShouldBe(a.GetProperty("reference").GetString());
        b.GetProperty("alreadyReceived").GetBoolean().ShouldBeTrue();
        b.GetProperty("secret").ValueKind.ShouldBe(JsonValueKind.Null);
        (await AnonymousCasesAsync()).ShouldBe(before + 1);

        var other = await client.SendAsync(new HttpRequestMessage(HttpMethod.Post, "/api/v1/conduct/reports")
        {
            Content = JsonContent.Create(Body("Another report with the same key.")),
            Headers = { { "Idempotency-Key", key } },
        }, Ct);
        other.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        (await AnonymousCasesAsync()).ShouldBe(before + 1);
    }

    [Fact]
    public async Task ReportPage_SubmittedTwice_OneCaseAndTheSecretShownOnce()
    {
        var client = app.CreateClient();
        var page = await client.GetStringAsync("/conduct/report", Ct);
        page.ShouldContain("Report sexual exploitation or abuse");
        var before = await AnonymousCasesAsync();
        FormUrlEncodedContent Form() => PageForm.Fill(page, "conduct-report",
            ("Input.Mission", "MINUSCA"), ("Input.What", "Page report, sent twice."), ("Input.WhenKind", "year"), ("Input.WhenYear", "2025"), ("Input.Count", "2"));

        var first = await client.PostAsync("/conduct/report", Form(), Ct);
        var second = await client.PostAsync("/conduct/report", Form(), Ct);

        first.StatusCode.ShouldBe(HttpStatusCode.OK);
        first.Headers.CacheControl!.NoStore.ShouldBeTrue();
        var firstHtml = await first.Content.ReadAsStringAsync(Ct);
        var reference = Reference().Match(firstHtml).Groups[1].Value;
        reference.ShouldStartWith("SEA-MINUSCA-");
        firstHtml.ShouldContain("id=\"secret\"");
        var secondHtml = await second.Content.ReadAsStringAsync(Ct);
        secondHtml.ShouldContain("This report was already received");
        Reference().Match(secondHtml).Groups[1].Value.ShouldBe(reference);
        secondHtml.ShouldNotContain("id=\"secret\"");
        (await AnonymousCasesAsync()).ShouldBe(before + 1);
    }

    [Fact]
    public async Task ReportPage_InvalidInFrench_FieldErrorsAndScriptStaysText()
    {
        var client = app.CreateClient();
        client.DefaultRequestHeaders.AcceptLanguage.ParseAdd("fr");
        var page = await client.GetStringAsync("/conduct/report", Ct);
        WebUtility.HtmlDecode(page).ShouldContain("Vous n'êtes pas obligé de donner votre nom");

        var response = await client.PostAsync("/conduct/report", PageForm.Fill(page, "conduct-report",
            ("Input.Mission", "MINUSCA"), ("Input.What", ""), ("Input.Where", "<script>alert(1)</script>"), ("Input.WhenKind", "day"), ("Input.WhenDay", "2099-01-01"),
            ("Input.Count", "beaucoup")), Ct);

        var html = await response.Content.ReadAsStringAsync(Ct);
        var text = WebUtility.HtmlDecode(html);
        text.ShouldContain("Dites-nous ce qui s'est passé.");
        text.ShouldContain("Cette date est dans le futur ou antérieure à 1990.");
        text.ShouldContain("Indiquez un nombre de 1 à 1000.");
        html.ShouldNotContain("<script>alert(1)</script>");
        html.ShouldContain("&lt;script&gt;alert(1)&lt;/script&gt;");
    }

    [Fact]
    public async Task Report_HostileInput_FieldErrors413AndUnknownMission()
    {
        var client = app.CreateClient();

        async Task<JsonElement> Refused(object body, HttpStatusCode status)
        {
            var r = await client.PostAsJsonAsync("/api/v1/conduct/reports", body, Ct);
            r.StatusCode.ShouldBe(status, await r.Content.ReadAsStringAsync(Ct));
            return await r.Content.ReadFromJsonAsync<JsonElement>(Ct);
        }

        var tooLong = await Refused(new { mission = "MINUSCA", whatHappened = new string('x', 4001), where = new string('y', 501), contact = "a\u0001b" }, HttpStatusCode.BadRequest);
        tooLong.GetProperty("errors").GetProperty("whatHappened")[0].GetString().ShouldBe("too-long");
        tooLong.GetProperty("errors").GetProperty("where")[0].GetString().ShouldBe("too-long");
        tooLong.GetProperty("errors").GetProperty("contact")[0].GetString().ShouldBe("control-character");
        var wrongValues = await Refused(new { mission = "MINUSCA", whatHappened = "x", when = "next year", involved = new { nationality = "XX" }, harmed = new { count = 0 } }, HttpStatusCode.BadRequest);
        wrongValues.GetProperty("errors").GetProperty("when")[0].GetString().ShouldBe("invalid");
        wrongValues.GetProperty("errors").GetProperty("involved.nationality")[0].GetString().ShouldBe("unknown-country");
        wrongValues.GetProperty("errors").GetProperty("harmed.count")[0].GetString().ShouldBe("out-of-range");
        (await Refused(new { mission = "NOWHERE", whatHappened = "x" }, HttpStatusCode.BadRequest)).GetProperty("code").GetString().ShouldBe("unknown-mission");
        (await Refused(new { mission = "MINUSCA", whatHappened = "x", harmed = new { ageGroup = "elderly" } }, HttpStatusCode.BadRequest)).GetProperty("code").GetString().ShouldBe("invalid-json");

        var huge = await client.PostAsync("/api/v1/conduct/reports", new StringContent("{\"mission\":\"MINUSCA\",\"whatHappened\":\"" + new string('z', 70_000) + "\"}", System.Text.Encoding.UTF8, "application/json"), Ct);
        huge.StatusCode.ShouldBe(HttpStatusCode.RequestEntityTooLarge);

        var script = await client.PostAsJsonAsync("/api/v1/conduct/reports", new { mission = "MINUSCA", whatHappened = "<script>alert('x')</script><b>bold</b>" }, Ct);
        script.StatusCode.ShouldBe(HttpStatusCode.Created, "markup is text like any other");
    }

    [Fact]
    public async Task Report_NarrativePlaceAndContact_AbsentFromTheRawDatabaseAndTheLogs()
    {
        var client = app.CreateClient();
        const string narrative = "Quetzalcoatl-narrative: the peacekeeper came to the well every night.";
        const string place = "Quetzalcoatl-village";
        const string contact = "+236 72 00 11 22 Quetzalcoatl";

        var response = await client.PostAsJsonAsync("/api/v1/conduct/reports", Body(narrative, contact, place), Ct);
        response.StatusCode.ShouldBe(HttpStatusCode.Created);
        var secret = (await response.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("secret").GetString()!;
        // A refused one too: an error path must not log the text either.
        (await client.PostAsJsonAsync("/api/v1/conduct/reports", new { mission = "MINUSCA", whatHappened = narrative + new string('x', 4000), contact }, Ct)).StatusCode.ShouldBe(HttpStatusCode.BadRequest);

        var raw = await RawDatabase.TextOfAsync(app);
        raw.ShouldContain("SEA-MINUSCA-", Case.Sensitive, "the raw text is really the database");
        raw.ShouldNotContain("Quetzalcoatl");
        raw.ShouldNotContain("72 00 11 22");
        raw.ShouldNotContain(ReportSecretsNormalized(secret));
        raw.ShouldNotContain(secret);
        string.Join("\n", app.Logs).ShouldNotContain("Quetzalcoatl");
        string.Join("\n", app.Logs).ShouldNotContain(secret);
    }

    private async Task<int> AnonymousCasesAsync()
    {
        using var scope = app.Services.CreateScope();
        return await scope.ServiceProvider.GetRequiredService<ConductDbContext>().Set<ConductCase>().CountAsync(c => c.HowReported == HowReported.AnonymousForm, Ct);
    }

    private static string ReportSecretsNormalized(string secret) => secret.Replace("-", "", StringComparison.Ordinal);

    private static string StripTrace(string body) => TraceId().Replace(body, "");

    [GeneratedRegex("\"traceId\":\"[^\"]*\"")]
    private static partial Regex TraceId();

    [GeneratedRegex("id=\"reference\">([^<]+)<")]
    private static partial Regex Reference();
}
