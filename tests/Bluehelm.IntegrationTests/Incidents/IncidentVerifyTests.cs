using Bluehelm.IntegrationTests.Alerts;
using Bluehelm.Modules.Incidents;
using Bluehelm.Platform.Audit;
using Bluehelm.Platform.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Bluehelm.IntegrationTests.Incidents;

/// <summary>
/// Verifying resolved alerts into incidents: only resolved alerts, only by the JOC officers and POC
/// advisers of the alert's mission, once per alert; the incident is a Bluehelm event in the list that
/// links back to its alert, and the write is audited.
/// </summary>
[Collection(AlertsCollection.Name)]
public sealed class IncidentVerifyTests(AlertsApp app)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private async Task<Guid> ResolvedAlert(HttpClient joc, string text, double lat = 5.76, double lon = 20.67)
    {
        var id = await app.Raise(joc, AlertsApp.Body(text, threat: "sexual-violence", lat: lat, lon: lon));
        (await joc.PostAsJsonAsync($"/api/v1/alerts/{id}/transitions", new { to = "triaged" }, Ct)).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await joc.PostAsJsonAsync($"/api/v1/alerts/{id}/transitions", new { to = "resolved", reason = "patrol confirmed" }, Ct)).StatusCode.ShouldBe(HttpStatusCode.OK);
        return id;
    }

    private static object Body(string what = "Two women assaulted near the market; patrol confirmed.", int killed = 1, int injured = 2, int civilianDeaths = 1) =>
        new { whatHappened = what, killed, injured, civilianDeaths, perpetrator = "non-state-armed-group" };

    [Fact]
    public async Task Verify_ResolvedAlert_WritesOneBluehelmEventLinkedToItsAlert()
    {
        var joc = await app.ClientFor(AlertsApp.Joc);
        var poc = await app.ClientFor(AlertsApp.Poc);
        var alert = await ResolvedAlert(joc, "vérification : agression au marché");

        var first = await poc.PostAsJsonAsync($"/api/v1/alerts/{alert}/incident", Body(), Ct);
        first.StatusCode.ShouldBe(HttpStatusCode.Created, await first.Content.ReadAsStringAsync(Ct));
        var created = await first.Content.ReadFromJsonAsync<JsonElement>(Ct);
        created.GetProperty("alreadyVerified").GetBoolean().ShouldBeFalse();
        var eventId = created.GetProperty("eventId").GetGuid();

        var again = await joc.PostAsJsonAsync($"/api/v1/alerts/{alert}/incident", Body("something else", killed: 9), Ct);
        again.StatusCode.ShouldBe(HttpStatusCode.OK);
        var second = await again.Content.ReadFromJsonAsync<JsonElement>(Ct);
        second.GetProperty("alreadyVerified").GetBoolean().ShouldBeTrue();
        second.GetProperty("eventId").GetGuid().ShouldBe(eventId);

        var e = await joc.GetFromJsonAsync<JsonElement>($"/api/v1/events/{eventId}", Ct);
        e.GetProperty("source").GetString().ShouldBe("bluehelm");
        e.GetProperty("dataset").GetString().ShouldBe("Bluehelm");
        e.GetProperty("sourceId").GetString().ShouldBe(alert.ToString());
        e.GetProperty("alertId").GetGuid().ShouldBe(alert);
        e.GetProperty("countryIso2").GetString().ShouldBe("CF");
        e.GetProperty("latitude").GetDouble().ShouldBe(5.76);
        e.GetProperty("prioGridGid").GetInt32().ShouldBe(Bluehelm.Platform.Geo.PrioGrid.CellOf(5.76, 20.67));
        e.GetProperty("threat").GetString().ShouldBe("sexual-violence");
        e.GetProperty("againstCivilians").GetBoolean().ShouldBeTrue();
        e.GetProperty("fatalities").GetInt32().ShouldBe(1);
        e.GetProperty("mission").GetString().ShouldBe("MINUSCA");
        e.GetProperty("dateStart").GetString().ShouldBe(app.Clock.GetUtcNow().ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        var incident = e.GetProperty("incident");
        incident.GetProperty("injured").GetInt32().ShouldBe(2);
        incident.GetProperty("perpetrator").GetString().ShouldBe("non-state-armed-group");
        incident.GetProperty("verifiedBy").GetString().ShouldBe(AlertsApp.Poc);

        await using (var scope = app.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<BluehelmDbContext>();
            (await db.Set<Incident>().CountAsync(i => i.AlertId == alert, Ct)).ShouldBe(1);
            (await db.Set<ConflictEvent>().CountAsync(x => x.AlertId == alert, Ct)).ShouldBe(1);
            var incidentId = (await db.Set<Incident>().SingleAsync(i => i.AlertId == alert, Ct)).Id.ToString();
            (await db.Set<AuditEntry>().CountAsync(a => a.EntityType == nameof(Incident) && a.EntityId == incidentId, Ct)).ShouldBe(1);
            (await db.Set<AuditEntry>().CountAsync(a => a.EntityType == nameof(ConflictEvent) && a.EntityId == eventId.ToString(), Ct)).ShouldBe(1);
        }

        var list = await joc.GetFromJsonAsync<JsonElement>("/api/v1/events?source=bluehelm&limit=500", Ct);
        list.GetProperty("items").EnumerateArray().Count(i => i.GetProperty("id").GetGuid() == eventId && i.GetProperty("alertId").GetGuid() == alert).ShouldBe(1);
        var web = await app.PageClientFor(AlertsApp.Joc);
        var html = await web.GetStringAsync("/events?source=bluehelm", Ct);
        html.ShouldContain($"href=\"/alerts/{alert}\"");
        var alertPage = await web.GetStringAsync($"/alerts/{alert}", Ct);
        alertPage.ShouldContain($"href=\"/events/{eventId}\"");
        alertPage.ShouldNotContain($"/alerts/{alert}/verify");
    }

    [Fact]
    public async Task Verify_UnresolvedOtherMissionOrCommander_IsRefusedAndWritesNothing()
    {
        var joc = await app.ClientFor(AlertsApp.Joc);
        var open = await app.Raise(joc, AlertsApp.Body("vérification : encore ouverte"));
        var resolved = await ResolvedAlert(joc, "vérification : autre mission");

        var unresolved = await joc.PostAsJsonAsync($"/api/v1/alerts/{open}/incident", Body(), Ct);
        unresolved.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        (await unresolved.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("code").GetString().ShouldBe("alert-not-resolved");
        var other = await app.ClientFor(AlertsApp.OtherJoc);
        (await other.PostAsJsonAsync($"/api/v1/alerts/{resolved}/incident", Body(), Ct)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        var commander = await app.ClientFor(AlertsApp.Commander);
        (await commander.PostAsJsonAsync($"/api/v1/alerts/{resolved}/incident", Body(), Ct)).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        var admin = await app.ClientFor(BluehelmApp.AdminEmail);
        (await admin.PostAsJsonAsync($"/api/v1/alerts/{resolved}/incident", Body(), Ct)).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        var invalid = await joc.PostAsJsonAsync($"/api/v1/alerts/{resolved}/incident", Body(killed: 1, civilianDeaths: 3), Ct);
        invalid.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await invalid.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("errors").GetProperty("civilianDeaths")[0].GetString().ShouldBe("more-than-killed");

        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<BluehelmDbContext>();
        (await db.Set<Incident>().CountAsync(i => i.AlertId == open || i.AlertId == resolved, Ct)).ShouldBe(0);
        (await db.Set<ConflictEvent>().CountAsync(x => x.AlertId == open || x.AlertId == resolved, Ct)).ShouldBe(0);
    }

    [Fact]
    public async Task VerifyPage_FormWithoutScripts_CreatesTheIncidentAndOpensItsEvent()
    {
        var joc = await app.ClientFor(AlertsApp.Joc);
        var alert = await ResolvedAlert(joc, "vérification : formulaire", lat: 5.8, lon: 20.7);
        var web = await app.PageClientFor(AlertsApp.Poc);
        var alertPage = await web.GetStringAsync($"/alerts/{alert}", Ct);
        alertPage.ShouldContain($"href=\"/alerts/{alert}/verify\"");
        var url = $"/alerts/{alert}/verify";
        var form = await web.GetStringAsync(url, Ct);

        var bad = await DispatchPageForm.PostAsync(web, url, form, "verify-incident",
            [new("Input.WhatHappened", "Huts burned"), new("Input.Killed", "many"), new("Input.Perpetrator", "CommunalMilitia"), new("Input.Threat", "LootingOrDestruction")], Ct);
        bad.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await bad.Content.ReadAsStringAsync(Ct)).ShouldContain("id=\"killed-error\"");

        var ok = await DispatchPageForm.PostAsync(web, url, form, "verify-incident",
            [new("Input.WhatHappened", "Huts burned"), new("Input.Killed", "1 200"), new("Input.Injured", "3"), new("Input.CivilianDeaths", "1,100"),
             new("Input.Perpetrator", "CommunalMilitia"), new("Input.Threat", "LootingOrDestruction")], Ct);
        ok.StatusCode.ShouldBe(HttpStatusCode.OK);
        ok.RequestMessage!.RequestUri!.AbsolutePath.ShouldStartWith("/events/");
        var html = await ok.Content.ReadAsStringAsync(Ct);
        html.ShouldContain("Huts burned");
        html.ShouldContain($"href=\"/alerts/{alert}\"");
        var e = await joc.GetFromJsonAsync<JsonElement>(ok.RequestMessage.RequestUri.AbsolutePath.Replace("/events/", "/api/v1/events/", StringComparison.Ordinal), Ct);
        e.GetProperty("fatalities").GetInt32().ShouldBe(1200);
        e.GetProperty("civilianDeaths").GetInt32().ShouldBe(1100);
        e.GetProperty("threat").GetString().ShouldBe("looting-or-destruction");

        var again = await web.GetAsync(url, Ct);
        again.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await again.Content.ReadAsStringAsync(Ct)).ShouldContain(ok.RequestMessage.RequestUri.AbsolutePath);
    }
}
