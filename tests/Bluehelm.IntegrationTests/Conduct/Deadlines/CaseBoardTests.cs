using Bluehelm.Modules.Conduct.Domain;

namespace Bluehelm.IntegrationTests.Conduct.Deadlines;

/// <summary>The case board through the real host: its scope, its order, its filters, its audit line.</summary>
public sealed class CaseBoardTests(BluehelmApp app) : IClassFixture<BluehelmApp>
{
    private const string Officer = "conduct.minusca@demo.bluehelm.local";
    private const string Advocate = "vra.minusca@demo.bluehelm.local";
    private const string Delegation = "delegation.sn@demo.bluehelm.local";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private DateOnly Today => DeadlineSeed.Today(app.Services);

    /// <summary>Three MINUSCA investigations (on time, overdue, long overdue), a referral past its answer, and an overdue MONUSCO case.</summary>
    private async Task<(ConductCase OnTime, ConductCase Overdue, ConductCase LongOverdue, ConductCase Referral, ConductCase Other)> SeedAsync()
    {
        var onTime = await DeadlineSeed.AddAsync(app.Services, "MINUSCA", CaseStage.Investigation, c => c.InvestigationStartedOn = Today.AddDays(-10));
        var overdue = await DeadlineSeed.AddAsync(app.Services, "MINUSCA", CaseStage.Investigation, c => (c.Urgent, c.InvestigationStartedOn) = (true, Today.AddDays(-95)));
        var longOverdue = await DeadlineSeed.AddAsync(app.Services, "MINUSCA", CaseStage.Investigation, c => c.InvestigationStartedOn = Today.AddDays(-250));
        var referral = await DeadlineSeed.AddAsync(app.Services, "MINUSCA", CaseStage.Referred, c => c.ReferredOn = Today.AddDays(-30));
        var other = await DeadlineSeed.AddAsync(app.Services, "MONUSCO", CaseStage.Investigation, c => c.InvestigationStartedOn = Today.AddDays(-300));
        return (onTime, overdue, longOverdue, referral, other);
    }

    private static List<JsonElement> CasesAt(JsonElement board, string stage) =>
        [.. board.GetProperty("stages").EnumerateArray().Single(s => s.GetProperty("stage").GetString() == stage).GetProperty("cases").EnumerateArray()];

    [Fact]
    public async Task Board_ConductOfficer_OwnMissionOverdueFirstWithDaysLeft()
    {
        var s = await SeedAsync();
        var client = await app.ClientFor(Officer);

        var response = await client.GetAsync("/api/v1/conduct/board", Ct);

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        var text = await response.Content.ReadAsStringAsync(Ct);
        text.ShouldNotContain(s.Other.Reference);
        text.ShouldNotContain(DeadlineSeed.SealedMarker);
        var board = JsonDocument.Parse(text).RootElement;
        board.GetProperty("missions").EnumerateArray().Select(m => m.GetString()).ShouldNotContain("MONUSCO");
        var mine = new[] { s.OnTime.Reference, s.Overdue.Reference, s.LongOverdue.Reference };
        var investigation = CasesAt(board, "investigation").Where(c => mine.Contains(c.GetProperty("reference").GetString())).ToList();
        investigation.Select(c => c.GetProperty("reference").GetString()).ShouldBe([s.LongOverdue.Reference, s.Overdue.Reference, s.OnTime.Reference]);
        investigation[0].GetProperty("investigationDaysLeft").GetInt32().ShouldBe(180 - 250);
        investigation[1].GetProperty("investigationDaysLeft").GetInt32().ShouldBe(90 - 95);
        investigation[2].GetProperty("investigationDaysLeft").GetInt32().ShouldBe(170);
        investigation.Select(c => c.GetProperty("overdue").GetBoolean()).ShouldBe([true, true, false]);

        // A referral thirty days old: past its ten working days, counted in working days.
        var referral = CasesAt(board, "referred").Single(c => c.GetProperty("reference").GetString() == s.Referral.Reference);
        referral.GetProperty("overdue").GetBoolean().ShouldBeTrue();
        referral.GetProperty("referralWorkingDaysLeft").GetInt32().ShouldBeLessThan(-5);
        board.GetProperty("overdue").GetInt32().ShouldBeGreaterThanOrEqualTo(3);
    }

    [Fact]
    public async Task Board_Filters_StageOverdueAndAnotherMission()
    {
        var s = await SeedAsync();
        var client = await app.ClientFor(Officer);

        var overdueOnly = await client.GetFromJsonAsync<JsonElement>("/api/v1/conduct/board?stage=investigation&overdue=true", Ct);
        var shown = overdueOnly.GetProperty("stages").EnumerateArray().SelectMany(x => x.GetProperty("cases").EnumerateArray()).Select(c => c.GetProperty("reference").GetString()).ToList();
        shown.ShouldContain(s.Overdue.Reference);
        shown.ShouldNotContain(s.OnTime.Reference);
        shown.ShouldNotContain(s.Referral.Reference);

        var monusco = await client.GetFromJsonAsync<JsonElement>("/api/v1/conduct/board?mission=MONUSCO", Ct);
        monusco.GetProperty("open").GetInt32().ShouldBe(0);
        monusco.ToString().ShouldNotContain(s.Other.Reference);

        var bad = await client.GetAsync("/api/v1/conduct/board?stage=closed", Ct);
        bad.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await bad.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("code").GetString().ShouldBe("validation");
    }

    [Theory]
    [InlineData(Advocate)]
    [InlineData(Delegation)]
    [InlineData(BluehelmApp.AdminEmail)]
    [InlineData("joc.minusca@demo.bluehelm.local")]
    public async Task Board_NotAConductOfficer_Forbidden(string email)
    {
        var client = await app.ClientFor(email);

        (await client.GetAsync("/api/v1/conduct/board", Ct)).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task Board_Anonymous_AskedToSignIn() =>
        (await app.CreateClient().GetAsync("/api/v1/conduct/board", Ct)).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);

    [Fact]
    public async Task BoardPage_ConductOfficer_OverdueCasesFirstLinkedToTheirPage()
    {
        var s = await SeedAsync();
        var client = await app.PageClientFor(Officer);

        var html = await client.GetStringAsync("/conduct?stage=investigation", Ct);

        html.ShouldContain($"href=\"/conduct/cases/{s.LongOverdue.Id}\"");
        html.IndexOf(s.LongOverdue.Reference, StringComparison.Ordinal).ShouldBeLessThan(html.IndexOf(s.OnTime.Reference, StringComparison.Ordinal));
        html.ShouldContain("overdue by 70 days");
        html.ShouldContain("170 days left");
        html.ShouldNotContain(s.Other.Reference);
        html.ShouldNotContain(DeadlineSeed.SealedMarker);
    }

    [Fact]
    public async Task Board_Read_OneLineInTheConductTrailNoneInThePlatformTrail()
    {
        await SeedAsync();
        var client = await app.ClientFor(Officer);
        var before = (await DeadlineSeed.TrailAsync(app.Services, q => q.Where(a => a.EntityType == "ConductBoard" && a.Actor == Officer))).Count;

        (await client.GetAsync("/api/v1/conduct/board?stage=referred", Ct)).EnsureSuccessStatusCode();

        var lines = await DeadlineSeed.TrailAsync(app.Services, q => q.Where(a => a.EntityType == "ConductBoard" && a.Actor == Officer));
        lines.Count.ShouldBe(before + 1);
        lines.OrderBy(a => a.Id).Last().Details!.ShouldContain("stage=referred");
        lines.ShouldAllBe(a => a.Action == "read");

        var admin = await app.ClientFor(BluehelmApp.AdminEmail);
        var platform = await admin.GetFromJsonAsync<JsonElement>("/api/v1/audit?limit=500", Ct);
        var types = platform.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("entityType").GetString()).ToList();
        types.ShouldNotBeEmpty();
        types.ShouldNotContain("ConductBoard");
        types.ShouldNotContain(nameof(ConductCase));
        types.ShouldNotContain(nameof(CaseVictim));
    }
}
