using Bluehelm.Modules.Alerts;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Bluehelm.IntegrationTests.Alerts;

[Collection(AlertsCollection.Name)]
public sealed class EscalationConflictTests(AlertsApp app)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private async Task<int> Escalate()
    {
        await using var scope = app.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<EscalateOverdueAlerts>().RunAsync(Ct);
    }

    [Fact]
    public async Task Escalation_ConflictOnOneAlert_EscalatesTheOthersAndRetriesItNextRun()
    {
        var joc = await app.ClientFor(AlertsApp.Joc);
        var blocked = await app.Raise(joc, AlertsApp.Body("escalade en conflit", severity: "critical", lat: 9.6, lon: 22.6));
        var other = await app.Raise(joc, AlertsApp.Body("escalade indépendante", severity: "critical", lat: 9.7, lon: 22.7));
        // Another run escalated the first one meanwhile as far as the unique notification per alert can tell.
        Guid notice;
        await using (var scope = app.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<Bluehelm.Platform.Data.BluehelmDbContext>();
            var mission = (await db.Set<Alert>().AsNoTracking().SingleAsync(a => a.Id == blocked, Ct)).MissionId;
            var row = new JocNotification { MissionId = mission, AlertId = blocked, CreatedAt = app.Clock.GetUtcNow(), Kind = "overdue" };
            db.Add(row);
            await db.SaveChangesAsync(Ct);
            notice = row.Id;
        }

        app.Clock.Advance(TimeSpan.FromMinutes(61));
        await Escalate();

        (await joc.GetFromJsonAsync<JsonElement>($"/api/v1/alerts/{other}", Ct)).GetProperty("overdueSince").ValueKind.ShouldBe(JsonValueKind.String);
        (await joc.GetFromJsonAsync<JsonElement>($"/api/v1/alerts/{blocked}", Ct)).GetProperty("overdueSince").ValueKind.ShouldBe(JsonValueKind.Null);
        app.Logs.ShouldContain(l => l.Contains(blocked.ToString(), StringComparison.Ordinal) && l.Contains("Escalat", StringComparison.Ordinal));

        await using (var scope = app.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<Bluehelm.Platform.Data.BluehelmDbContext>();
            await db.Set<JocNotification>().Where(n => n.Id == notice).ExecuteDeleteAsync(Ct);
        }

        await Escalate();
        (await joc.GetFromJsonAsync<JsonElement>($"/api/v1/alerts/{blocked}", Ct)).GetProperty("overdueSince").ValueKind.ShouldBe(JsonValueKind.String);
    }

    [Fact]
    public async Task Escalation_AlertChangedByAnOfficerDuringTheRun_EscalatesTheOthersAndRetriesItNextRun()
    {
        var joc = await app.ClientFor(AlertsApp.Joc);
        Dictionary<string, object?> Overdue(string description, double lat)
        {
            var body = AlertsApp.Body(description, severity: "critical", lat: lat, lon: 23.1);
            body["receivedAt"] = app.Clock.GetUtcNow().AddHours(-3);
            return body;
        }

        var changed = await app.Raise(joc, Overdue("escalade, triée entre-temps", 10.1));
        var other = await app.Raise(joc, Overdue("escalade, sans conflit", 10.2));
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<Bluehelm.Platform.Data.BluehelmDbContext>();
        // The run's context holds the alert as it was; an officer triages it before the run saves.
        await db.Set<Alert>().SingleAsync(a => a.Id == changed, Ct);
        var triage = await joc.PostAsJsonAsync($"/api/v1/alerts/{changed}/transitions", new { to = "triaged" }, Ct);
        triage.StatusCode.ShouldBe(HttpStatusCode.OK);

        await scope.ServiceProvider.GetRequiredService<EscalateOverdueAlerts>().RunAsync(Ct);

        (await joc.GetFromJsonAsync<JsonElement>($"/api/v1/alerts/{other}", Ct)).GetProperty("overdueSince").ValueKind.ShouldBe(JsonValueKind.String);
        (await joc.GetFromJsonAsync<JsonElement>($"/api/v1/alerts/{changed}", Ct)).GetProperty("overdueSince").ValueKind.ShouldBe(JsonValueKind.Null);
        app.Logs.ShouldContain(l => l.Contains(changed.ToString(), StringComparison.Ordinal) && l.Contains("Escalat", StringComparison.Ordinal));

        await Escalate();
        var after = await joc.GetFromJsonAsync<JsonElement>($"/api/v1/alerts/{changed}", Ct);
        after.GetProperty("overdueSince").ValueKind.ShouldBe(JsonValueKind.String);
        after.GetProperty("status").GetString().ShouldBe("triaged");
    }
}
