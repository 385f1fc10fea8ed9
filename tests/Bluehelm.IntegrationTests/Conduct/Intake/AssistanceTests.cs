using Bluehelm.Modules.Conduct.Data;
using Bluehelm.Modules.Conduct.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Bluehelm.IntegrationTests.Conduct.Intake;

/// <summary>Victim assistance: the mission's conduct officer and victims' rights advocate only, never investigation detail, every read audited.</summary>
[Collection(IntakeCollection.Name)]
public sealed class AssistanceTests(IntakeApp app)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Assistance_AdvocateRecordsAndReads_NoInvestigationDetailAndEveryReadAudited()
    {
        var id = await ConductSeed.VictimCaseAsync(app, "MINUSCA");
        var vra = await app.ClientFor(IntakeApp.Vra);
        var view = await vra.GetFromJsonAsync<JsonElement>($"/api/v1/conduct/cases/{id}/assistance", Ct);
        var child = view.GetProperty("victims").EnumerateArray().Single(v => v.GetProperty("ageGroup").GetString() == "child").GetProperty("id").GetGuid();

        var created = await vra.PostAsJsonAsync($"/api/v1/conduct/cases/{id}/assistance",
            new { victimId = child, service = "psychosocial", provider = "Clinique Espoir", requestedOn = "2026-03-02", note = "Needs Wombat-note care" }, Ct);
        var again = await vra.PostAsJsonAsync($"/api/v1/conduct/cases/{id}/assistance",
            new { victimId = child, service = "psychosocial", provider = "Clinique Espoir", requestedOn = "2026-03-02", note = "Needs Wombat-note care" }, Ct);

        created.StatusCode.ShouldBe(HttpStatusCode.Created, await created.Content.ReadAsStringAsync(Ct));
        again.StatusCode.ShouldBe(HttpStatusCode.OK, "the same service again is the same record");
        var item = await created.Content.ReadFromJsonAsync<JsonElement>(Ct);
        (await again.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("id").GetGuid().ShouldBe(item.GetProperty("id").GetGuid());
        item.GetProperty("hasNote").GetBoolean().ShouldBeTrue();
        var aid = item.GetProperty("id").GetGuid();

        var received = await vra.PostAsJsonAsync($"/api/v1/conduct/cases/{id}/assistance/{aid}/received", new { receivedOn = "2026-03-05" }, Ct);
        received.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await received.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("receivedOn").GetString().ShouldBe("2026-03-05");
        var tooEarly = await vra.PostAsJsonAsync($"/api/v1/conduct/cases/{id}/assistance",
            new { service = "legal", provider = "Avocats sans frontières", requestedOn = "2026-03-02", receivedOn = "2026-03-01" }, Ct);
        tooEarly.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await tooEarly.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("errors").GetProperty("receivedOn")[0].GetString().ShouldBe("before-requested");

        var json = await vra.GetStringAsync($"/api/v1/conduct/cases/{id}/assistance", Ct);
        var page = await (await app.PageClientFor(IntakeApp.Vra)).GetStringAsync($"/conduct/cases/{id}/assistance", Ct);
        foreach (var text in new[] { json, page })
        {
            text.ShouldContain("Clinique Espoir");
            text.ShouldContain("sealed");
            text.ShouldNotContain(ConductSeed.InvestigationWords);
            text.ShouldNotContain(ConductSeed.UnitWords);
            text.ShouldNotContain(ConductSeed.PauseWords);
            text.ShouldNotContain("Wombat");
            text.ShouldNotContain("oios", Case.Insensitive);
        }

        page.ShouldContain("Investigation", Case.Sensitive, "the stage is shown");
        using var scope = app.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<ConductDbContext>();
        (await db.AuditEntries.CountAsync(a => a.EntityId == id.ToString() && a.Action == "read", Ct)).ShouldBeGreaterThanOrEqualTo(3, "two API reads and one page read");
        (await db.Set<VictimAssistance>().CountAsync(a => a.CaseId == id, Ct)).ShouldBe(1);
        (await db.Set<VictimAssistance>().SingleAsync(a => a.CaseId == id, Ct)).NoteSealed.ShouldNotBeNull().ShouldNotContain("Wombat");
    }

    [Fact]
    public async Task Assistance_JocPocMemberStateAndAdmin_Forbidden()
    {
        var id = await ConductSeed.VictimCaseAsync(app, "MINUSCA");
        foreach (var email in new[] { IntakeApp.Joc, IntakeApp.Poc, IntakeApp.MemberState, BluehelmApp.AdminEmail })
        {
            var client = await app.ClientFor(email);
            (await client.GetAsync($"/api/v1/conduct/cases/{id}/assistance", Ct)).StatusCode.ShouldBe(HttpStatusCode.Forbidden, email);
            (await client.PostAsJsonAsync($"/api/v1/conduct/cases/{id}/assistance", new { service = "medical", provider = "x", requestedOn = "2026-03-01" }, Ct))
                .StatusCode.ShouldBe(HttpStatusCode.Forbidden, email);
        }
    }

    [Fact]
    public async Task Assistance_AnotherMissionsAdvocate_NotFoundLikeAnUnknownCase()
    {
        var id = await ConductSeed.VictimCaseAsync(app, "MINUSCA");
        var other = await app.ClientFor(IntakeApp.OtherVra);

        var read = await other.GetAsync($"/api/v1/conduct/cases/{id}/assistance", Ct);
        var write = await other.PostAsJsonAsync($"/api/v1/conduct/cases/{id}/assistance", new { service = "medical", provider = "x", requestedOn = "2026-03-01" }, Ct);
        var unknown = await other.GetAsync($"/api/v1/conduct/cases/{Guid.NewGuid()}/assistance", Ct);
        var page = await (await app.PageClientFor(IntakeApp.OtherVra)).GetAsync($"/conduct/cases/{id}/assistance", Ct);

        read.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        write.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        unknown.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        page.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await page.Content.ReadAsStringAsync(Ct)).ShouldNotContain("SEA-MINUSCA");
        using var scope = app.Services.CreateScope();
        (await scope.ServiceProvider.GetRequiredService<ConductDbContext>().Set<VictimAssistance>().CountAsync(a => a.CaseId == id, Ct)).ShouldBe(0);
    }

    [Fact]
    public async Task AssistancePage_OfficerAddsThenMarksReceived_OneRecordReceivedToday()
    {
        var id = await ConductSeed.VictimCaseAsync(app, "MINUSCA");
        var client = await app.PageClientFor(IntakeApp.Conduct);
        var page = await client.GetStringAsync($"/conduct/cases/{id}/assistance", Ct);
        FormUrlEncodedContent Add() => PageForm.Fill(page, "assistance-add",
            ("Input.Service", "Medical"), ("Input.Victim", ""), ("Input.Provider", "Hôpital communautaire"), ("Input.Requested", "2026-04-01"), ("Input.ReceivedDate", ""), ("Input.Note", ""));

        (await client.PostAsync($"/conduct/cases/{id}/assistance", Add(), Ct)).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await client.PostAsync($"/conduct/cases/{id}/assistance", Add(), Ct)).StatusCode.ShouldBe(HttpStatusCode.OK);
        var after = await client.GetStringAsync($"/conduct/cases/{id}/assistance", Ct);
        after.ShouldContain("Hôpital communautaire");
        after.ShouldContain("Mark received today");
        using var scope = app.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<ConductDbContext>();
        var record = await db.Set<VictimAssistance>().AsNoTracking().SingleAsync(a => a.CaseId == id, Ct);

        var marked = await client.PostAsync($"/conduct/cases/{id}/assistance", PageForm.Fill(after, "assistance-received", ("Received", record.Id.ToString())), Ct);

        marked.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await db.Set<VictimAssistance>().AsNoTracking().SingleAsync(a => a.CaseId == id, Ct)).ReceivedOn.ShouldNotBeNull();
        (await marked.Content.ReadAsStringAsync(Ct)).ShouldNotContain("Mark received today");
    }
}
