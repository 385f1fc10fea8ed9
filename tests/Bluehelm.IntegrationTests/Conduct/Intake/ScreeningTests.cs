using Bluehelm.Modules.Conduct.Data;
using Bluehelm.Modules.Conduct.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Bluehelm.IntegrationTests.Conduct.Intake;

/// <summary>Pre-deployment screening on keyed hashes: substantiated cases only, name variants match, the check audited without the name.</summary>
[Collection(IntakeCollection.Name)]
public sealed class ScreeningTests(IntakeApp app)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Screening_NameVariantsOfASubstantiatedSubject_RecordFoundWithTheReference()
    {
        var reference = await ConductSeed.SubjectCaseAsync(app, "MINUSCA", Finding.Substantiated, "Jean-Éric N'Dongo", new DateOnly(1988, 4, 12), "SN", "SN-1234 567");
        var client = await app.ClientFor(IntakeApp.Conduct);

        foreach (var name in new[] { "Jean-Éric N'Dongo", "jean eric ndongo", "  JEAN   ERIC  N'DONGO ", "Jean-Eric N'Dongo" })
        {
            var found = await client.PostAsJsonAsync("/api/v1/conduct/screening", new { name, dateOfBirth = "1988-04-12" }, Ct);
            found.StatusCode.ShouldBe(HttpStatusCode.OK);
            var json = await found.Content.ReadFromJsonAsync<JsonElement>(Ct);
            json.GetProperty("recordFound").GetBoolean().ShouldBeTrue(name);
            json.GetProperty("references").EnumerateArray().Select(r => r.GetString()).ShouldContain(reference);
        }

        var byId = await (await client.PostAsJsonAsync("/api/v1/conduct/screening", new { name = "Someone Else", nationality = "sn", nationalId = "sn1234567" }, Ct)).Content.ReadFromJsonAsync<JsonElement>(Ct);
        byId.GetProperty("recordFound").GetBoolean().ShouldBeTrue("the national id alone matches");
        var otherBirthday = await (await client.PostAsJsonAsync("/api/v1/conduct/screening", new { name = "Jean-Éric N'Dongo", dateOfBirth = "1988-04-13" }, Ct)).Content.ReadFromJsonAsync<JsonElement>(Ct);
        otherBirthday.GetProperty("recordFound").GetBoolean().ShouldBeFalse();
        otherBirthday.EnumerateObject().Select(p => p.Name).ShouldBe(["recordFound", "references", "otherRecords"], ignoreOrder: true);
    }

    [Fact]
    public async Task Screening_SubjectOfACaseNotSubstantiated_NoRecord()
    {
        await ConductSeed.SubjectCaseAsync(app, "MINUSCA", Finding.Unsubstantiated, "Pascal Mbeki-Tawa", new DateOnly(1979, 1, 30), "CM", "CM998877");
        await ConductSeed.SubjectCaseAsync(app, "MINUSCA", Finding.Pending, "Pascal Mbeki-Tawa", new DateOnly(1979, 1, 30), "CM", "CM998877");
        var client = await app.ClientFor(IntakeApp.Conduct);

        var json = await (await client.PostAsJsonAsync("/api/v1/conduct/screening", new { name = "Pascal Mbeki-Tawa", dateOfBirth = "1979-01-30", nationality = "CM", nationalId = "CM998877" }, Ct))
            .Content.ReadFromJsonAsync<JsonElement>(Ct);

        json.GetProperty("recordFound").GetBoolean().ShouldBeFalse();
        json.GetProperty("references").GetArrayLength().ShouldBe(0);
    }

    [Fact]
    public async Task Screening_EachCheck_AuditedWithItsAnswerAndWithoutTheNameOrTheValuesInLogs()
    {
        await ConductSeed.SubjectCaseAsync(app, "MINUSCA", Finding.Substantiated, "Amadou Kestrelson", new DateOnly(1990, 7, 7), null, null);
        var client = await app.ClientFor(IntakeApp.Conduct);
        using var scope = app.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<ConductDbContext>();
        var before = await db.AuditEntries.Where(a => a.EntityType == "ScreeningCheck").Select(a => a.Id).ToListAsync(Ct);

        (await client.PostAsJsonAsync("/api/v1/conduct/screening", new { name = "Amadou Kestrelson", dateOfBirth = "1990-07-07" }, Ct)).EnsureSuccessStatusCode();
        (await client.PostAsJsonAsync("/api/v1/conduct/screening", new { name = "Nobody Kestrelsonne", dateOfBirth = "1990-07-07" }, Ct)).EnsureSuccessStatusCode();

        var lines = await db.AuditEntries.AsNoTracking().Where(a => a.EntityType == "ScreeningCheck" && !before.Contains(a.Id)).ToListAsync(Ct);
        lines.Select(l => l.Details).ShouldBe(["screening: record found", "screening: no record"], ignoreOrder: true);
        lines.ShouldAllBe(l => l.Action == "read" && l.Actor!.Length > 0);
        string.Join("\n", lines.Select(l => l.Details + l.EntityId)).ShouldNotContain("Kestrel");
        string.Join("\n", app.Logs).ShouldNotContain("Kestrel");
        (await RawDatabase.TextOfAsync(app)).ShouldNotContain("Kestrel");
    }

    [Fact]
    public async Task Screening_NotAConductOfficerOrBadInput_RefusedOrFieldErrors()
    {
        (await (await app.ClientFor(IntakeApp.Vra)).PostAsJsonAsync("/api/v1/conduct/screening", new { name = "x", dateOfBirth = "1990-01-01" }, Ct)).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await (await app.ClientFor(BluehelmApp.AdminEmail)).PostAsJsonAsync("/api/v1/conduct/screening", new { name = "x", dateOfBirth = "1990-01-01" }, Ct)).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        var client = await app.ClientFor(IntakeApp.Conduct);
        var bad = await client.PostAsJsonAsync("/api/v1/conduct/screening", new { name = "", nationalId = "123" }, Ct);
        bad.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        var errors = (await bad.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("errors");
        errors.GetProperty("name")[0].GetString().ShouldBe("required");
        errors.GetProperty("nationality")[0].GetString().ShouldBe("required-with-national-id");
    }

    [Fact]
    public async Task ScreeningPage_RecordFound_ShowsTheReferenceButNotTheTypedName()
    {
        var reference = await ConductSeed.SubjectCaseAsync(app, "MINUSCA", Finding.Substantiated, "Ousmane Pélican-Diop", new DateOnly(1985, 11, 3), "SN", null);
        var client = await app.PageClientFor(IntakeApp.Conduct);
        client.DefaultRequestHeaders.AcceptLanguage.ParseAdd("fr");
        var page = await client.GetStringAsync("/conduct/screening", Ct);

        var response = await client.PostAsync("/conduct/screening", PageForm.Fill(page, "conduct-screening",
            ("Input.Name", "ousmane pelican diop"), ("Input.DateOfBirth", "1985-11-03"), ("Input.Nationality", ""), ("Input.NationalId", "")), Ct);

        var html = await response.Content.ReadAsStringAsync(Ct);
        html.ShouldContain("Antécédent trouvé");
        html.ShouldContain(reference);
        html.ShouldNotContain("pelican", Case.Insensitive);
    }
}
