using Microsoft.EntityFrameworkCore;
using Bluehelm.Modules.Alerts;
using Microsoft.Extensions.DependencyInjection;

namespace Bluehelm.IntegrationTests.Alerts;

[Collection(AlertsCollection.Name)]
public sealed class EscalationAndCsvTests(AlertsApp app)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private async Task<int> Escalate()
    {
        await using var scope = app.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<EscalateOverdueAlerts>().RunAsync(Ct);
    }

    [Fact]
    public async Task Escalation_CriticalNotDispatchedWithinAnHour_IsFlaggedAndTheJocNotified()
    {
        var joc = await app.ClientFor(AlertsApp.Joc);
        var critical = await app.Raise(joc, AlertsApp.Body("critique non traitée", severity: "critical", lat: 8.0, lon: 17.0));
        var high = await app.Raise(joc, AlertsApp.Body("élevée, encore dans les temps", severity: "high", lat: 8.1, lon: 17.1));

        app.Clock.Advance(TimeSpan.FromMinutes(59));
        await Escalate();
        (await joc.GetFromJsonAsync<JsonElement>($"/api/v1/alerts/{critical}", Ct)).GetProperty("overdueSince").ValueKind.ShouldBe(JsonValueKind.Null);

        app.Clock.Advance(TimeSpan.FromMinutes(2));
        await Escalate();

        var a = await joc.GetFromJsonAsync<JsonElement>($"/api/v1/alerts/{critical}", Ct);
        a.GetProperty("overdueSince").GetDateTimeOffset().ShouldBe(app.Clock.GetUtcNow(), TimeSpan.FromMinutes(1));
        a.GetProperty("timeline").EnumerateArray().Last().GetProperty("kind").GetString().ShouldBe("escalated");
        (await joc.GetFromJsonAsync<JsonElement>($"/api/v1/alerts/{high}", Ct)).GetProperty("overdueSince").ValueKind.ShouldBe(JsonValueKind.Null);
        var board = await joc.GetFromJsonAsync<JsonElement>("/api/v1/alerts/board?mission=MINUSCA", Ct);
        board[0].GetProperty("overdue").GetBoolean().ShouldBeTrue();
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<Bluehelm.Platform.Data.BluehelmDbContext>();
        db.Set<JocNotification>().Count(n => n.AlertId == critical && n.Kind == "overdue").ShouldBe(1);

        await Escalate();
        db.Set<JocNotification>().Count(n => n.AlertId == critical).ShouldBe(1);
        var page = await app.PageClientFor(AlertsApp.Joc);
        var html = await page.GetStringAsync("/alerts/board", Ct);
        html.ShouldContain($"href=\"/alerts/{critical}\">Dispatch target passed: alert overdue");
        html.ShouldContain("<meta http-equiv=\"refresh\" content=\"60\"");
    }

    [Fact]
    public async Task Acknowledge_OverdueNotification_LeavesTheBoardForEveryoneAndIsAudited()
    {
        var joc = await app.ClientFor(AlertsApp.Joc);
        var critical = await app.Raise(joc, AlertsApp.Body("critique à accuser", severity: "critical", lat: 9.1, lon: 21.1));
        app.Clock.Advance(TimeSpan.FromMinutes(61));
        await Escalate();
        var notice = (await joc.GetFromJsonAsync<JsonElement>("/api/v1/alerts/notifications", Ct)).EnumerateArray()
            .Single(n => n.GetProperty("alertId").GetGuid() == critical).GetProperty("id").GetGuid();
        var url = $"/api/v1/alerts/notifications/{notice}/acknowledge";

        (await (await app.ClientFor(AlertsApp.Commander)).PostAsync(url, null, Ct)).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await (await app.ClientFor(AlertsApp.OtherJoc)).PostAsync(url, null, Ct)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        var page = await app.PageClientFor(AlertsApp.Joc);
        (await page.GetStringAsync("/alerts/board", Ct)).ShouldContain($"ack-{notice:N}");

        (await joc.PostAsync(url, null, Ct)).StatusCode.ShouldBe(HttpStatusCode.NoContent);
        var acknowledgedAt = app.Clock.GetUtcNow();
        app.Clock.Advance(TimeSpan.FromMinutes(1));
        (await joc.PostAsync(url, null, Ct)).StatusCode.ShouldBe(HttpStatusCode.NoContent);

        (await joc.GetFromJsonAsync<JsonElement>("/api/v1/alerts/notifications", Ct)).EnumerateArray()
            .ShouldNotContain(n => n.GetProperty("alertId").GetGuid() == critical);
        (await page.GetStringAsync("/alerts/board", Ct)).ShouldNotContain($"ack-{notice:N}");
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<Bluehelm.Platform.Data.BluehelmDbContext>();
        (await db.Set<JocNotification>().SingleAsync(n => n.Id == notice, Ct)).AcknowledgedAt.ShouldBe(acknowledgedAt);
        // One "update" row (the second acknowledgement changed nothing), naming who acknowledged.
        var audit = await db.AuditEntries.Where(e => e.EntityType == "JocNotification" && e.EntityId == notice.ToString() && e.Action == "update").ToListAsync(Ct);
        audit.Single().Actor.ShouldBe(AlertsApp.Joc);
        audit.Single().Details!.ShouldStartWith("{\"AcknowledgedAt\":{\"old\":null,\"new\":");
    }

    [Fact]
    public async Task Acknowledge_ByTheBoardsButton_PostsOnceAndReloadsTheBoard()
    {
        var joc = await app.ClientFor(AlertsApp.Joc);
        var critical = await app.Raise(joc, AlertsApp.Body("critique, bouton du tableau", severity: "critical", lat: 9.3, lon: 21.3));
        app.Clock.Advance(TimeSpan.FromMinutes(61));
        await Escalate();
        var page = await app.PageClientFor(AlertsApp.Joc);
        var html = await page.GetStringAsync("/alerts/board", Ct);
        var notice = (await joc.GetFromJsonAsync<JsonElement>("/api/v1/alerts/notifications", Ct)).EnumerateArray()
            .Single(n => n.GetProperty("alertId").GetGuid() == critical).GetProperty("id").GetGuid();
        var form = System.Text.RegularExpressions.Regex.Match(html, $"<form[^>]*>(?:(?!</form>).)*ack-{notice:N}(?:(?!</form>).)*</form>", System.Text.RegularExpressions.RegexOptions.Singleline).Value;
        var token = System.Text.RegularExpressions.Regex.Match(form, "name=\"__RequestVerificationToken\" value=\"([^\"]+)\"").Groups[1].Value;
        token.ShouldNotBeEmpty();

        var post = await page.PostAsync("/alerts/board", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["_handler"] = $"ack-{notice:N}",
            ["__RequestVerificationToken"] = token,
        }), Ct);

        ((int)post.StatusCode).ShouldBeOneOf(200, 302, 303);
        (await page.GetStringAsync("/alerts/board", Ct)).ShouldNotContain($"ack-{notice:N}");
        var poc = await (await app.PageClientFor(AlertsApp.Poc)).GetStringAsync("/alerts/board", Ct);
        // No acknowledge form (the board's threat filter has "attack-on-civilians", hence the form's own value).
        poc.ShouldNotContain("value=\"ack-");
    }

    [Fact]
    public async Task CsvImport_FrenchHeadersAndDmsCoordinates_ImportsEveryRow()
    {
        var joc = await app.ClientFor(AlertsApp.Joc);
        var csv = "mission,date,latitude,longitude,lieu,menace,gravite,personnes,description\n" +
                  "MINUSCA,2026-11-25T10:00:00Z,\"6°32'20\"\"N\",\"21°59'28\"\"E\",Bria,attack-on-civilians,critique,12,csv import one\n" +
                  "MINUSCA,2026-11-25T11:00:00Z,4.3938,18.5599,Bangui,displacement,low,300,csv import two\n" +
                  "MINUSCA,2026-11-25T12:00:00Z,,,Kaga Bandoro,abduction,high,,csv import three\n";

        var response = await joc.PostAsync("/api/v1/alerts/import", new StringContent(csv, System.Text.Encoding.UTF8, "text/csv"), Ct);

        response.StatusCode.ShouldBe(HttpStatusCode.OK, await response.Content.ReadAsStringAsync(Ct));
        (await response.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("imported").GetInt32().ShouldBe(3);
        var export = await joc.GetStringAsync("/api/v1/alerts/export?threatType=attack-on-civilians&severity=critical", Ct);
        var row = export.Split('\n').Single(l => l.Contains("csv import one", StringComparison.Ordinal)).Split(',');
        double.Parse(row[7], System.Globalization.CultureInfo.InvariantCulture).ShouldBe(6.538889, 1e-5);
        double.Parse(row[8], System.Globalization.CultureInfo.InvariantCulture).ShouldBe(21.991111, 1e-5);
        row[11].ShouldBe("Bria");
    }

    [Fact]
    public async Task CsvImport_BadRows_ReportsEachAndImportsNothing()
    {
        var joc = await app.ClientFor(AlertsApp.Joc);
        var csv = "mission,latitude,longitude,threat_type,severity,description\n" +
                  "MINUSCA,5.0,20.0,abduction,high,csv bad batch ok row\n" +
                  "MINUSCA,95.0,20.0,abduction,high,csv bad batch lat\n" +
                  "MINUSCA,5.0,20.0,invasion,high,csv bad batch threat\n" +
                  "MONUSCO,5.0,20.0,abduction,high,csv bad batch mission\n";

        var response = await joc.PostAsync("/api/v1/alerts/import", new StringContent(csv, System.Text.Encoding.UTF8, "text/csv"), Ct);

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>(Ct);
        problem.GetProperty("code").GetString().ShouldBe("csv-rejected");
        var errors = problem.GetProperty("errors").EnumerateArray().Select(e => (e.GetProperty("line").GetInt32(), e.GetProperty("column").GetString(), e.GetProperty("code").GetString())).ToList();
        errors.ShouldBe([(3, "latitude", "invalid-coordinate"), (4, "threat_type", "invalid-threat-type"), (5, "mission", "forbidden")]);
        (await joc.GetStringAsync("/api/v1/alerts/export", Ct)).ShouldNotContain("csv bad batch");
    }

    [Fact]
    public async Task CsvImport_Cli_ReportsRowErrorsAsLinesAndFails()
    {
        var file = Path.Combine(app.DataDirectory, "bad-alerts.csv");
        await File.WriteAllTextAsync(file, "mission,place,threat_type,severity,description\nMINUSCA,Bria,abduction,urgent,cli bad severity\n", Ct);

        var result = await app.Cli("alerts", "import", file);

        result.Exit.ShouldBe(1);
        result.Err.ShouldContain("bad-alerts.csv, line 2, severity: invalid-severity ('urgent')");
        result.Err.ShouldContain("nothing was imported");
    }

    [Fact]
    public async Task List_KeysetPaging_ReturnsDisjointPagesInOrder()
    {
        var joc = await app.ClientFor(AlertsApp.Joc);
        for (var i = 0; i < 7; i++)
        {
            app.Clock.Advance(TimeSpan.FromSeconds(1));
            await app.Raise(joc, AlertsApp.Body($"paging {i}", severity: "low", threat: "hate-speech-or-incitement", lat: 4.0, lon: 22.0));
        }

        var seen = new List<Guid>();
        string? after = null;
        do
        {
            var page = await joc.GetFromJsonAsync<JsonElement>($"/api/v1/alerts?threatType=hate-speech-or-incitement&limit=3{(after is null ? "" : "&after=" + after)}", Ct);
            seen.AddRange(page.GetProperty("items").EnumerateArray().Select(a => a.GetProperty("id").GetGuid()));
            after = page.GetProperty("next").ValueKind == JsonValueKind.String ? page.GetProperty("next").GetString() : null;
        }
        while (after is not null);

        seen.Count.ShouldBe(7);
        seen.Distinct().Count().ShouldBe(7);
        var inBox = await joc.GetFromJsonAsync<JsonElement>("/api/v1/alerts?bbox=3.5,21.5,4.5,22.5&limit=100", Ct);
        inBox.GetProperty("items").EnumerateArray().Count(a => a.GetProperty("threatType").GetString() == "hate-speech-or-incitement").ShouldBe(7);
        (await joc.GetAsync("/api/v1/alerts?bbox=1,2,3", Ct)).StatusCode.ShouldBe(HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task Targets_AdminShortensHighTarget_NewHighAlertsAreDueSooner()
    {
        var admin = await app.ClientFor(BluehelmApp.AdminEmail);
        var joc = await app.ClientFor(AlertsApp.Joc);
        (await joc.PutAsJsonAsync("/api/v1/missions/MONUSCO/alert-targets", new { critical = 30, high = 120, medium = 1440, low = 4320 }, Ct)).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await admin.PutAsJsonAsync("/api/v1/missions/MINUSCA/alert-targets", new { critical = 2, high = 120, medium = 1440, low = 4320 }, Ct)).StatusCode.ShouldBe(HttpStatusCode.BadRequest);

        var put = await admin.PutAsJsonAsync("/api/v1/missions/MINUSCA/alert-targets", new { critical = 60, high = 120, medium = 1440, low = 4320 }, Ct);
        put.StatusCode.ShouldBe(HttpStatusCode.OK);
        var id = await app.Raise(joc, AlertsApp.Body("high with a 2-hour target", severity: "high", lat: 7.5, lon: 18.5));

        var a = await joc.GetFromJsonAsync<JsonElement>($"/api/v1/alerts/{id}", Ct);
        (a.GetProperty("dispatchDueAt").GetDateTimeOffset() - a.GetProperty("receivedAt").GetDateTimeOffset()).ShouldBe(TimeSpan.FromHours(2));
        (await joc.GetFromJsonAsync<JsonElement>("/api/v1/missions/MINUSCA/alert-targets", Ct)).GetProperty("high").GetInt32().ShouldBe(120);
        await admin.PutAsJsonAsync("/api/v1/missions/MINUSCA/alert-targets", new { critical = 60, high = 240, medium = 1440, low = 4320 }, Ct);
    }
}
