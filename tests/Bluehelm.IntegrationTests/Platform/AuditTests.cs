namespace Bluehelm.IntegrationTests.Platform;

public sealed class AuditTests(BluehelmApp app) : IClassFixture<BluehelmApp>
{
    [Fact]
    public async Task MissionUpdate_ByPocAdviser_WritesAuditRowWithActorAndFields()
    {
        var poc = await app.ClientFor("poc.minusca@demo.bluehelm.local");
        var put = await poc.PutAsJsonAsync("/api/v1/missions/MINUSCA", new { nameEn = "MINUSCA (audited)", nameFr = "MINUSCA (audité)", workingLanguages = "fr,sg" }, TestContext.Current.CancellationToken);
        put.StatusCode.ShouldBe(HttpStatusCode.OK);

        var admin = await app.ClientFor(BluehelmApp.AdminEmail);
        var page = await admin.GetFromJsonAsync<JsonElement>("/api/v1/audit?entityType=Mission", TestContext.Current.CancellationToken);

        var update = page.GetProperty("items").EnumerateArray().First(e => e.GetProperty("action").GetString() == "update");
        update.GetProperty("actor").GetString().ShouldBe("poc.minusca@demo.bluehelm.local");
        // Not a confidential field: the old and the new value are kept.
        var nameEn = JsonDocument.Parse(update.GetProperty("details").GetString()!).RootElement.GetProperty("NameEn");
        nameEn.GetProperty("new").GetString().ShouldBe("MINUSCA (audited)");
        nameEn.GetProperty("old").GetString().ShouldNotBe("MINUSCA (audited)");
    }

    [Fact]
    public async Task AuditApi_NonAdmin_Returns403()
    {
        var joc = await app.ClientFor("joc.minusca@demo.bluehelm.local");

        var response = await joc.GetAsync("/api/v1/audit", TestContext.Current.CancellationToken);

        response.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task AuditApi_Paging_ReturnsDisjointPagesNewestFirst()
    {
        var admin = await app.ClientFor(BluehelmApp.AdminEmail);

        var first = await admin.GetFromJsonAsync<JsonElement>("/api/v1/audit?limit=3", TestContext.Current.CancellationToken);
        var next = first.GetProperty("nextBefore").GetString();
        var second = await admin.GetFromJsonAsync<JsonElement>($"/api/v1/audit?limit=3&before={next}", TestContext.Current.CancellationToken);

        var a = first.GetProperty("items").EnumerateArray().Select(e => e.GetProperty("id").GetString()).ToList();
        var b = second.GetProperty("items").EnumerateArray().Select(e => e.GetProperty("id").GetString()).ToList();
        a.Count.ShouldBe(3);
        b.Count.ShouldBe(3);
        a.Intersect(b).ShouldBeEmpty();
        var times = first.GetProperty("items").EnumerateArray().Concat(second.GetProperty("items").EnumerateArray()).Select(e => e.GetProperty("at").GetDateTimeOffset()).ToList();
        // Ids are UUIDv7: time-ordered to the millisecond.
        times.Zip(times.Skip(1)).ShouldAllBe(p => p.First >= p.Second.AddMilliseconds(-1));
    }

    [Fact]
    public async Task AuditPage_Admin_ShowsTrail()
    {
        var client = await app.PageClientFor(BluehelmApp.AdminEmail);

        var html = await client.GetStringAsync("/admin/audit", TestContext.Current.CancellationToken);

        html.ShouldContain("BluehelmUser");
    }
}
