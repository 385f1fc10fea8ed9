namespace Bluehelm.IntegrationTests.Conduct.Intake;

/// <summary>The status page: the secret goes in a POST body, never the URL; a wrong secret and an unknown reference read alike.</summary>
[Collection(IntakeCollection.Name)]
public sealed class StatusPageTests(IntakeApp app)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task StatusPage_RightSecret_ShowsTheStageInPlainWords()
    {
        var client = app.CreateClient();
        var received = await (await client.PostAsJsonAsync("/api/v1/conduct/reports", new { mission = "MINUSCA", whatHappened = "Status page: Xylophone-words." }, Ct)).Content.ReadFromJsonAsync<JsonElement>(Ct);
        var reference = received.GetProperty("reference").GetString()!;
        var page = await client.GetStringAsync("/conduct/report/status", Ct);
        page.ShouldContain("method=\"post\"");

        var response = await client.PostAsync("/conduct/report/status", PageForm.Fill(page, "conduct-report-status",
            ("Input.Reference", reference), ("Input.Secret", received.GetProperty("secret").GetString()!)), Ct);

        var html = await response.Content.ReadAsStringAsync(Ct);
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        response.Headers.CacheControl!.NoStore.ShouldBeTrue();
        html.ShouldContain("Received: the conduct team has not looked at it yet.");
        html.ShouldContain(reference);
        html.ShouldNotContain("Xylophone");
        html.ShouldNotContain(received.GetProperty("secret").GetString()!);
    }

    [Fact]
    public async Task StatusPage_WrongSecretOrUnknownReference_OneMessage()
    {
        var client = app.CreateClient();
        client.DefaultRequestHeaders.AcceptLanguage.ParseAdd("fr");
        var received = await (await client.PostAsJsonAsync("/api/v1/conduct/reports", new { mission = "MINUSCA", whatHappened = "Status page, wrong secret." }, Ct)).Content.ReadFromJsonAsync<JsonElement>(Ct);
        var page = await client.GetStringAsync("/conduct/report/status", Ct);

        async Task<string> Check(string reference) =>
            await (await client.PostAsync("/conduct/report/status", PageForm.Fill(page, "conduct-report-status", ("Input.Reference", reference), ("Input.Secret", "2345-6789-ABCD-EFGH")), Ct)).Content.ReadAsStringAsync(Ct);

        var wrong = await Check(received.GetProperty("reference").GetString()!);
        var unknown = await Check("SEA-MINUSCA-1999-0042");

        wrong.ShouldContain("Aucun signalement ne correspond à cette référence et à ce code secret.");
        unknown.ShouldContain("Aucun signalement ne correspond à cette référence et à ce code secret.");
        wrong.ShouldNotContain("2345-6789-ABCD-EFGH");
    }
}
