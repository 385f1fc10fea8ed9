namespace Bluehelm.IntegrationTests.Conduct.Intake;

/// <summary>The public forms are limited per client address (low limits in <see cref="IntakeApp"/>); the status check harder than the report.</summary>
[Collection(IntakeCollection.Name)]
public sealed class ReportLimitsTests(IntakeApp app)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task ReportApi_MoreThanTheLimitFromOneClient_Returns429InTheCallersLanguage()
    {
        var client = app.ClientAt("10.11.0.1");
        client.DefaultRequestHeaders.AcceptLanguage.ParseAdd("fr");
        for (var i = 0; i < IntakeApp.ReportPermits; i++)
        {
            (await client.PostAsJsonAsync("/api/v1/conduct/reports", new { mission = "MINUSCA", whatHappened = "limit " + i }, Ct)).StatusCode.ShouldBe(HttpStatusCode.Created);
        }

        var refused = await client.PostAsJsonAsync("/api/v1/conduct/reports", new { mission = "MINUSCA", whatHappened = "one too many" }, Ct);

        refused.StatusCode.ShouldBe(HttpStatusCode.TooManyRequests);
        refused.Headers.RetryAfter!.Delta!.Value.ShouldBeGreaterThan(TimeSpan.Zero);
        var json = await refused.Content.ReadFromJsonAsync<JsonElement>(Ct);
        json.GetProperty("code").GetString().ShouldBe("too-many-requests");
        json.GetProperty("title").GetString().ShouldBe("Trop de signalements");
        (await app.ClientAt("10.11.0.2").PostAsJsonAsync("/api/v1/conduct/reports", new { mission = "MINUSCA", whatHappened = "another client" }, Ct))
            .StatusCode.ShouldBe(HttpStatusCode.Created, "another client is not limited");
    }

    [Fact]
    public async Task StatusApi_MoreThanItsLowerLimit_Returns429EvenWithTheRightSecret()
    {
        var client = app.ClientAt("10.11.1.1");
        var received = await (await client.PostAsJsonAsync("/api/v1/conduct/reports", new { mission = "MINUSCA", whatHappened = "status limit" }, Ct)).Content.ReadFromJsonAsync<JsonElement>(Ct);
        var right = new { reference = received.GetProperty("reference").GetString(), secret = received.GetProperty("secret").GetString() };
        for (var i = 0; i < IntakeApp.StatusPermits; i++)
        {
            (await client.PostAsJsonAsync("/api/v1/conduct/reports/status", new { right.reference, secret = "WRONG-" + i }, Ct)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        }

        var refused = await client.PostAsJsonAsync("/api/v1/conduct/reports/status", right, Ct);

        refused.StatusCode.ShouldBe(HttpStatusCode.TooManyRequests);
        (await refused.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("title").GetString().ShouldBe("Too many checks");
        (await app.ClientAt("10.11.1.2").PostAsJsonAsync("/api/v1/conduct/reports/status", right, Ct)).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task ReportPage_MoreThanTheLimit_Returns429PageInFrenchButTheFormStillShows()
    {
        var client = app.ClientAt("10.11.2.1");
        client.DefaultRequestHeaders.AcceptLanguage.ParseAdd("fr");
        var page = await client.GetStringAsync("/conduct/report", Ct);
        for (var i = 0; i < IntakeApp.ReportPermits; i++)
        {
            // Invalid posts count too: the limit is on posts, whatever they hold.
            (await client.PostAsync("/conduct/report", PageForm.Fill(page, "conduct-report", ("Input.Mission", "MINUSCA"), ("Input.What", "")), Ct)).StatusCode.ShouldBe(HttpStatusCode.OK);
        }

        var refused = await client.PostAsync("/conduct/report", PageForm.Fill(page, "conduct-report", ("Input.Mission", "MINUSCA"), ("Input.What", "x")), Ct);

        refused.StatusCode.ShouldBe(HttpStatusCode.TooManyRequests);
        var html = await refused.Content.ReadAsStringAsync(Ct);
        html.ShouldContain("Trop de signalements ont été envoyés depuis cette connexion");
        html.ShouldContain("lang=\"fr\"");
        (await client.GetAsync("/conduct/report", Ct)).StatusCode.ShouldBe(HttpStatusCode.OK);
    }
}
