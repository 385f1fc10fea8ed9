namespace Bluehelm.IntegrationTests.Conduct.Cases;

/// <summary>Sealed values: opened only by a permitted role with a reason, audited without the value, absent from the database file, the pages and the logs.</summary>
[Collection(ConductCollection.Name)]
public sealed class CasesSealingTests(ConductApp app)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private async Task<(Guid Id, Guid Victim, Guid Subject)> RecordAsync(string victim, string subject, string reporter, string narrative)
    {
        var officer = await app.ClientFor(ConductApp.Officer);
        var created = await officer.PostAsJsonAsync("/api/v1/conduct/cases", ConductApp.NewCase(victim, subject, reporter, narrative), Ct);
        created.StatusCode.ShouldBe(HttpStatusCode.Created);
        var id = (await created.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("id").GetGuid();
        var detail = await officer.GetFromJsonAsync<JsonElement>($"/api/v1/conduct/cases/{id}", Ct);
        return (id, detail.GetProperty("victims")[0].GetProperty("id").GetGuid(), detail.GetProperty("investigation").GetProperty("subjects")[0].GetProperty("id").GetGuid());
    }

    [Fact]
    public async Task Reveal_PermittedRoleWithReason_ReturnsTheValueOnceAndAuditsTheReasonOnly()
    {
        var (id, victim, subject) = await RecordAsync("Revealtest Victimname", "Revealtest Subjectname", "Revealtest Reportername", "Revealtest narrative sentence.");
        var vra = await app.ClientFor(ConductApp.Advocate);
        var officer = await app.ClientFor(ConductApp.Officer);

        var shortReason = await vra.PostAsJsonAsync($"/api/v1/conduct/cases/{id}/reveal", new { part = "victim", itemId = victim, reason = "short" }, Ct);
        var subjectByVra = await vra.PostAsJsonAsync($"/api/v1/conduct/cases/{id}/reveal", new { part = "subject", itemId = subject, reason = "Needed for the referral file" }, Ct);
        var byAdmin = await (await app.ClientFor(BluehelmApp.AdminEmail)).PostAsJsonAsync($"/api/v1/conduct/cases/{id}/reveal", new { part = "victim", itemId = victim, reason = "Needed for the assistance plan" }, Ct);
        var revealed = await vra.PostAsJsonAsync($"/api/v1/conduct/cases/{id}/reveal", new { part = "victim", itemId = victim, reason = "Arranging medical assistance" }, Ct);
        var narrative = await officer.PostAsJsonAsync($"/api/v1/conduct/cases/{id}/reveal", new { part = "narrative", reason = "Preparing the interview plan" }, Ct);

        shortReason.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        subjectByVra.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        byAdmin.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        revealed.StatusCode.ShouldBe(HttpStatusCode.OK);
        revealed.Headers.CacheControl!.NoStore.ShouldBeTrue();
        (await revealed.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("fields").GetProperty("name").GetString().ShouldBe("Revealtest Victimname");
        (await narrative.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("fields").GetProperty("text").GetString().ShouldBe("Revealtest narrative sentence.");

        var audit = await officer.GetStringAsync($"/api/v1/conduct/cases/{id}/audit", Ct);
        audit.ShouldContain("Arranging medical assistance");
        audit.ShouldNotContain("Revealtest Victimname");
        audit.ShouldNotContain("Revealtest narrative");
        var again = await officer.GetStringAsync($"/api/v1/conduct/cases/{id}", Ct);
        again.ShouldNotContain("Revealtest");
    }

    [Fact]
    public async Task RecordCase_SealedValues_AbsentFromRawDatabasePagesAndLogs()
    {
        var (id, _, _) = await RecordAsync("Rawcheck Victimname", "Rawcheck Subjectname", "Rawcheck Reportername", "Rawcheck narrative sentence.");
        var officerPage = await app.PageClientFor(ConductApp.Officer);
        var html = await officerPage.GetStringAsync($"/conduct/cases/{id}", Ct);
        var list = await officerPage.GetStringAsync("/conduct/cases", Ct);
        var reference = (await (await app.ClientFor(ConductApp.Officer)).GetFromJsonAsync<JsonElement>($"/api/v1/conduct/cases/{id}", Ct)).GetProperty("reference").GetString()!;

        var raw = await RawDatabase.TextOfAsync(app);

        raw.ShouldContain(reference, customMessage: "the raw text is read (the case's reference is stored in clear)");
        foreach (var secret in new[] { "Rawcheck Victimname", "Rawcheck Subjectname", "Rawcheck Reportername", "Rawcheck narrative", "ID-4477", "Kossi-D", "Ndoumba", "Zoungoula" })
        {
            raw.ShouldNotContain(secret);
            html.ShouldNotContain(secret);
            list.ShouldNotContain(secret);
            app.Logs.Where(l => l.Contains(secret, StringComparison.Ordinal)).ShouldBeEmpty();
        }

        html.ShouldContain(reference);
    }

    [Fact]
    public async Task DetailPage_Reveal_ShowsTheValueOnlyInThatAnswer()
    {
        var (id, victim, _) = await RecordAsync("Pagecheck Victimname", "Pagecheck Subjectname", "Pagecheck Reportername", "Pagecheck narrative.");
        var page = await app.PageClientFor(ConductApp.Advocate);
        var html = await page.GetStringAsync($"/conduct/cases/{id}", Ct);
        var token = System.Text.RegularExpressions.Regex.Match(html, "name=\"__RequestVerificationToken\"[^>]*value=\"([^\"]+)\"").Groups[1].Value;
        token.ShouldNotBeEmpty();

        var post = await page.PostAsync($"/conduct/cases/{id}", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["_handler"] = "reveal-victim-" + victim.ToString("N"),
            ["__RequestVerificationToken"] = token,
            ["reason"] = "Arranging psychosocial support",
        }), Ct);
        var answer = await post.Content.ReadAsStringAsync(Ct);
        var after = await page.GetStringAsync($"/conduct/cases/{id}", Ct);

        post.StatusCode.ShouldBe(HttpStatusCode.OK, answer);
        post.Headers.CacheControl!.NoStore.ShouldBeTrue();
        answer.ShouldContain("Pagecheck Victimname");
        after.ShouldNotContain("Pagecheck Victimname");
    }
}
