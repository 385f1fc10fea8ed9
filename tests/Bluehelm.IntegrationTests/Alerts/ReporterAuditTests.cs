namespace Bluehelm.IntegrationTests.Alerts;

/// <summary>Every read and export of a reporter's identity leaves an audit line, without the values.</summary>
[Collection(AlertsCollection.Name)]
public sealed class ReporterAuditTests(AlertsApp app)
{
    private const string ReporterName = "Hortense Témoin";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private async Task<Guid> RaiseWithReporter(HttpClient joc, string description)
    {
        var body = AlertsApp.Body(description, lat: 6.9, lon: 17.4);
        body["reporter"] = new Dictionary<string, object?> { ["name"] = ReporterName, ["phone"] = "+236 75 55 02 77" };
        return await app.Raise(joc, body);
    }

    private async Task<List<JsonElement>> Reads(HttpClient admin, string? entityId)
    {
        var page = await admin.GetFromJsonAsync<JsonElement>($"/api/v1/audit?entityType=Alert{(entityId is null ? "" : "&entityId=" + entityId)}&limit=200", Ct);
        return [.. page.GetProperty("items").EnumerateArray().Where(e => e.GetProperty("action").GetString() == "read")];
    }

    [Fact]
    public async Task Detail_ApiAndPageOfJocOrPoc_EachJocReadLeavesAnAuditLineAndPocNone()
    {
        var joc = await app.ClientFor(AlertsApp.Joc);
        var admin = await app.ClientFor(BluehelmApp.AdminEmail);
        var id = await RaiseWithReporter(joc, "lecture du témoin auditée");
        var before = (await Reads(admin, id.ToString())).Count;

        (await joc.GetStringAsync($"/api/v1/alerts/{id}", Ct)).ShouldContain(ReporterName);
        (await (await app.PageClientFor(AlertsApp.Joc)).GetStringAsync($"/alerts/{id}", Ct)).ShouldContain(ReporterName);
        (await (await app.ClientFor(AlertsApp.Poc)).GetStringAsync($"/api/v1/alerts/{id}", Ct)).ShouldNotContain(ReporterName);

        var after = await Reads(admin, id.ToString());
        var reads = after.Take(2).ToList();
        // The POC's read showed no reporter and the admin's audit query reads no alert: exactly the JOC's two reads were added.
        (after.Count - before).ShouldBe(2);
        reads.ShouldAllBe(e => e.GetProperty("actor").GetString() == AlertsApp.Joc);
        reads.ShouldAllBe(e => e.GetProperty("details").GetString() == "reporter");
        var raw = await admin.GetStringAsync("/api/v1/audit?limit=200", Ct);
        raw.ShouldNotContain("Hortense");
        raw.ShouldNotContain("75550277");
    }

    [Fact]
    public async Task Export_WithReporterColumns_LeavesOneLineWithTheFilter()
    {
        var joc = await app.ClientFor(AlertsApp.Joc);
        var admin = await app.ClientFor(BluehelmApp.AdminEmail);
        await RaiseWithReporter(joc, "export du témoin audité");
        var poc = await app.ClientFor(AlertsApp.Poc);

        var csv = await joc.GetStringAsync("/api/v1/alerts/export?format=csv&mission=MINUSCA&severity=high", Ct);
        await poc.GetStringAsync("/api/v1/alerts/export?format=csv&mission=MINUSCA&severity=low", Ct);

        csv.ShouldContain(ReporterName);
        var exports = (await Reads(admin, null)).Where(e => e.GetProperty("details").GetString()!.StartsWith("reporter export", StringComparison.Ordinal)).ToList();
        var line = exports.Single(e => e.GetProperty("details").GetString()!.Contains("severity=High", StringComparison.Ordinal));
        line.GetProperty("actor").GetString().ShouldBe(AlertsApp.Joc);
        line.GetProperty("details").GetString().ShouldBe("reporter export (csv); filter: mission=MINUSCA severity=High");
        exports.ShouldNotContain(e => e.GetProperty("details").GetString()!.Contains("severity=Low", StringComparison.Ordinal));
    }
}
