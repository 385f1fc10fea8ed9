using Bluehelm.Modules.Conduct.Domain;

namespace Bluehelm.IntegrationTests.Conduct.Deadlines;

/// <summary>The Conduct audit trail: admins read all of it, a conduct officer their missions' cases, nobody else any; reading it is audited.</summary>
public sealed class AuditTrailTests(BluehelmApp app) : IClassFixture<BluehelmApp>
{
    private const string Officer = "conduct.minusca@demo.bluehelm.local";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static List<JsonElement> Items(JsonElement page) => [.. page.GetProperty("items").EnumerateArray()];

    private async Task<(ConductCase Mine, ConductCase Other)> SeedAsync() =>
        (await DeadlineSeed.AddAsync(app.Services, "MINUSCA", CaseStage.Assessment),
         await DeadlineSeed.AddAsync(app.Services, "MONUSCO", CaseStage.Assessment));

    [Fact]
    public async Task Audit_OneCaseAsItsOfficer_TheCaseAndItsRecordsNamedByReference()
    {
        var (mine, _) = await SeedAsync();
        var client = await app.ClientFor(Officer);

        var page = await client.GetFromJsonAsync<JsonElement>($"/api/v1/conduct/audit?case={mine.Id}", Ct);

        var items = Items(page);
        // Created with a subject and a victim: three "create" lines, each tied to the case.
        items.Count(i => i.GetProperty("action").GetString() == "create").ShouldBe(3);
        items.ShouldAllBe(i => i.GetProperty("caseId").GetGuid() == mine.Id && i.GetProperty("caseReference").GetString() == mine.Reference);
        items.Select(i => i.GetProperty("entityType").GetString()).ShouldBe([nameof(ConductCase), nameof(CaseSubject), nameof(CaseVictim)], ignoreOrder: true);
        page.ToString().ShouldNotContain(DeadlineSeed.SealedMarker);
    }

    [Fact]
    public async Task Audit_AnotherMissionsCase_NotFoundForTheOfficerFoundForTheAdmin()
    {
        var (_, other) = await SeedAsync();

        var officer = await (await app.ClientFor(Officer)).GetAsync($"/api/v1/conduct/audit?case={other.Id}", Ct);
        officer.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        var unknown = await (await app.ClientFor(Officer)).GetAsync($"/api/v1/conduct/audit?case={Guid.NewGuid()}", Ct);
        unknown.StatusCode.ShouldBe(HttpStatusCode.NotFound);

        var admin = await (await app.ClientFor(BluehelmApp.AdminEmail)).GetFromJsonAsync<JsonElement>($"/api/v1/conduct/audit?case={other.Id}", Ct);
        Items(admin).ShouldContain(i => i.GetProperty("entityId").GetString() == other.Id.ToString());
    }

    [Fact]
    public async Task Audit_WholeTrailAsTheOfficer_OnlyTheirMissionsCases()
    {
        var (mine, other) = await SeedAsync();
        var client = await app.ClientFor(Officer);

        var page = await client.GetFromJsonAsync<JsonElement>("/api/v1/conduct/audit?limit=200", Ct);

        var items = Items(page);
        items.ShouldContain(i => i.GetProperty("entityId").GetString() == mine.Id.ToString());
        items.ShouldNotContain(i => i.GetProperty("entityId").GetString() == other.Id.ToString());
        items.ShouldNotContain(i => i.GetProperty("caseReference").ValueKind == JsonValueKind.String && i.GetProperty("caseReference").GetString()!.StartsWith("SEA-MONUSCO", StringComparison.Ordinal));
        items.ShouldAllBe(i => i.GetProperty("caseId").ValueKind == JsonValueKind.String);
    }

    [Theory]
    [InlineData("vra.minusca@demo.bluehelm.local")]
    [InlineData("delegation.sn@demo.bluehelm.local")]
    [InlineData("joc.minusca@demo.bluehelm.local")]
    public async Task Audit_OtherRoles_Forbidden(string email)
    {
        var (mine, _) = await SeedAsync();
        var client = await app.ClientFor(email);

        (await client.GetAsync("/api/v1/conduct/audit", Ct)).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await client.GetAsync($"/api/v1/conduct/audit?case={mine.Id}", Ct)).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task Audit_Read_ItselfALineOfTheTrail()
    {
        var (mine, _) = await SeedAsync();
        var client = await app.ClientFor(Officer);

        await client.GetFromJsonAsync<JsonElement>($"/api/v1/conduct/audit?case={mine.Id}", Ct);
        var second = await client.GetFromJsonAsync<JsonElement>($"/api/v1/conduct/audit?case={mine.Id}", Ct);

        var read = Items(second).First();
        read.GetProperty("entityType").GetString().ShouldBe("ConductAuditTrail");
        read.GetProperty("action").GetString().ShouldBe("read");
        read.GetProperty("actor").GetString().ShouldBe(Officer);
        read.GetProperty("details").GetString().ShouldBe("trail; entries=3");
    }

    [Fact]
    public async Task Audit_Paging_NextPageStartsAfterTheLastLine()
    {
        var (mine, _) = await SeedAsync();
        var client = await app.ClientFor(BluehelmApp.AdminEmail);

        var first = await client.GetFromJsonAsync<JsonElement>($"/api/v1/conduct/audit?case={mine.Id}&limit=2", Ct);
        Items(first).Count.ShouldBe(2);
        var next = first.GetProperty("nextBefore").GetGuid();
        var second = await client.GetFromJsonAsync<JsonElement>($"/api/v1/conduct/audit?case={mine.Id}&limit=2&before={next}", Ct);

        var ids = Items(first).Concat(Items(second)).Select(i => i.GetProperty("id").GetGuid()).ToList();
        ids.Distinct().Count().ShouldBe(ids.Count);
        first.GetProperty("nextBefore").GetGuid().ShouldBe(Items(first)[1].GetProperty("id").GetGuid());
        // Lines older than the cursor do not change with later reads: the second page is their newest two.
        var older = await client.GetFromJsonAsync<JsonElement>($"/api/v1/conduct/audit?case={mine.Id}&limit=200&before={next}", Ct);
        Items(second).Select(i => i.GetProperty("id").GetGuid()).ShouldBe(Items(older).Take(2).Select(i => i.GetProperty("id").GetGuid()));
        Items(older).Count.ShouldBe(1);
    }

    [Theory]
    [InlineData("from=yesterday", "from")]
    [InlineData("to=2026-13-01", "to")]
    [InlineData("from=2026-11-20&to=2026-11-10", "to")]
    [InlineData("case=not-a-case", "case")]
    [InlineData("limit=0", "limit")]
    public async Task Audit_BadQuery_ValidationProblemNamingTheField(string query, string field)
    {
        var client = await app.ClientFor(BluehelmApp.AdminEmail);

        var response = await client.GetAsync("/api/v1/conduct/audit?" + query, Ct);

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>(Ct);
        problem.GetProperty("code").GetString().ShouldBe("validation");
        problem.GetProperty("errors").TryGetProperty(field, out _).ShouldBeTrue();
    }

    [Fact]
    public async Task Audit_TimeWindow_KeepsTheLinesWithinIt()
    {
        var (mine, _) = await SeedAsync();
        var client = await app.ClientFor(BluehelmApp.AdminEmail);
        var today = DeadlineSeed.Today(app.Services).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

        var within = await client.GetFromJsonAsync<JsonElement>($"/api/v1/conduct/audit?case={mine.Id}&from={today}&to={today}", Ct);
        var before = await client.GetFromJsonAsync<JsonElement>($"/api/v1/conduct/audit?case={mine.Id}&to=2020-01-01", Ct);

        Items(within).Count.ShouldBeGreaterThanOrEqualTo(3);
        Items(before).ShouldBeEmpty();
    }

    [Fact]
    public async Task AuditPage_OfficerAndAdmin_ShowTheCaseOtherMissionNotFound()
    {
        var (mine, other) = await SeedAsync();
        var officer = await app.PageClientFor(Officer);

        var html = await officer.GetStringAsync($"/conduct/audit?case={mine.Id}", Ct);
        html.ShouldContain(mine.Reference);
        html.ShouldNotContain(DeadlineSeed.SealedMarker);
        (await officer.GetAsync($"/conduct/audit?case={other.Id}", Ct)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await officer.GetAsync("/conduct/audit?from=nonsense", Ct)).StatusCode.ShouldBe(HttpStatusCode.BadRequest);

        var admin = await app.PageClientFor(BluehelmApp.AdminEmail);
        (await admin.GetStringAsync($"/conduct/audit?case={other.Id}", Ct)).ShouldContain(other.Reference);
    }
}
