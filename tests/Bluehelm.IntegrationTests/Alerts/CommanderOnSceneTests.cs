using Bluehelm.Modules.Alerts;
using Bluehelm.Modules.Missions;
using Bluehelm.Platform.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Bluehelm.IntegrationTests.Alerts;

/// <summary>
/// A commander marks the unit he commands on scene for a response it is on, from the alert's page or
/// the API: the alert moves on scene, the act is in the timeline under his name, a second submit
/// changes nothing; commanders of other units, JOC officers and closed alerts are refused.
/// </summary>
[Collection(AlertsCollection.Name)]
public sealed class CommanderOnSceneTests(AlertsApp app)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private const string OtherCommander = "commander.other-unit@test.local";
    private const string IdleCommander = "commander.idle-unit@test.local";

    [Fact]
    public async Task OnSceneButton_CommandersUnitOnResponse_MovesTheAlertOnSceneOnceAndShowsYourUnits()
    {
        var (id, mine, _) = await DispatchedAsync("commandant, bouton sur place");
        var page = await app.PageClientFor(AlertsApp.Commander);
        var html = await page.GetStringAsync($"/alerts/{id}", Ct);
        html.ShouldContain("Your units");
        html.ShouldContain($"href=\"/alerts/{id}\"");
        var form = DispatchPageForm.Form(html, "on-scene");
        form.ShouldContain($"value=\"{mine}\"");
        form.ShouldContain(" on scene</button>");
        app.Clock.Advance(TimeSpan.FromMinutes(18));

        var first = await DispatchPageForm.PostAsync(page, $"/alerts/{id}", html, "on-scene", [new("OnScene.ResponseId", mine.ToString())], Ct);
        var second = await DispatchPageForm.PostAsync(page, $"/alerts/{id}", html, "on-scene", [new("OnScene.ResponseId", mine.ToString())], Ct);

        first.StatusCode.ShouldBe(HttpStatusCode.OK);
        var after = await second.Content.ReadAsStringAsync(Ct);
        second.StatusCode.ShouldBe(HttpStatusCode.OK, after);
        DispatchPageForm.Form(after, "on-scene").ShouldNotContain("<button");
        DispatchPageForm.Form(after, "on-scene").ShouldContain("on scene since");
        after.ShouldContain("Unit on scene");
        after.ShouldContain("Lt Col. Moussa Diallo (commander)");
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<BluehelmDbContext>();
        var alert = await db.Set<Alert>().Include(a => a.Events).Include(a => a.Responses).SingleAsync(a => a.Id == id, Ct);
        alert.Status.ShouldBe(AlertStatus.OnScene);
        alert.Responses.Single(r => r.Id == mine).OnSceneAt.ShouldBe(app.Clock.GetUtcNow());
        alert.Responses.Where(r => r.Id != mine).ShouldAllBe(r => r.OnSceneAt == null);
        alert.Events.Count(e => e.Kind == AlertEventKind.UnitOnScene).ShouldBe(1);
        alert.Events.Single(e => e.Kind == AlertEventKind.StatusChanged && e.To == AlertStatus.OnScene).Actor.ShouldBe(AlertsApp.Commander);
    }

    [Fact]
    public async Task OnSceneApi_SecondCall_ChangesNothing()
    {
        var (id, mine, _) = await DispatchedAsync("commandant, API sur place deux fois");
        var commander = await app.ClientFor(AlertsApp.Commander);
        var url = $"/api/v1/alerts/{id}/responses/{mine}/on-scene";

        var first = await commander.PostAsync(url, null, Ct);
        var body = await first.Content.ReadFromJsonAsync<JsonElement>(Ct);
        app.Clock.Advance(TimeSpan.FromMinutes(3));
        var second = await commander.PostAsync(url, null, Ct);

        first.StatusCode.ShouldBe(HttpStatusCode.OK);
        second.StatusCode.ShouldBe(HttpStatusCode.OK);
        var again = await second.Content.ReadFromJsonAsync<JsonElement>(Ct);
        again.GetProperty("status").GetString().ShouldBe("on-scene");
        again.GetProperty("version").GetInt32().ShouldBe(body.GetProperty("version").GetInt32());
        again.GetProperty("timeline").GetArrayLength().ShouldBe(body.GetProperty("timeline").GetArrayLength());
        again.GetProperty("timeline").EnumerateArray().Last().GetProperty("kind").GetString().ShouldBe("unit-on-scene");
    }

    [Fact]
    public async Task OnSceneApi_OtherUnitsCommanderOrJoc_AreRefused()
    {
        var (id, mine, theirs) = await DispatchedAsync("commandant d'une autre unité");
        await EnsureCommanderAsync(OtherCommander, await UnitOfAsync(id, theirs));
        await EnsureCommanderAsync(IdleCommander, await IdleUnitAsync());
        var url = $"/api/v1/alerts/{id}/responses/{mine}/on-scene";

        // Tasked to the same alert by another response: sees the alert, but this response is not his unit's.
        (await (await app.ClientFor(OtherCommander)).PostAsync(url, null, Ct)).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        // Not tasked to the alert at all: it does not exist for him.
        (await (await app.ClientFor(IdleCommander)).PostAsync(url, null, Ct)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await (await app.ClientFor(AlertsApp.Joc)).PostAsync(url, null, Ct)).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await (await app.ClientFor(AlertsApp.Commander)).PostAsync($"/api/v1/alerts/{id}/responses/{Guid.CreateVersion7()}/on-scene", null, Ct)).StatusCode.ShouldBe(HttpStatusCode.NotFound);

        var seen = await (await app.ClientFor(AlertsApp.Joc)).GetFromJsonAsync<JsonElement>($"/api/v1/alerts/{id}", Ct);
        seen.GetProperty("status").GetString().ShouldBe("dispatched");
        seen.GetProperty("responses").EnumerateArray().ShouldAllBe(r => r.GetProperty("onSceneAt").ValueKind == JsonValueKind.Null);
    }

    [Fact]
    public async Task OnSceneApi_AlertResolved_IsRefusedAsClosed()
    {
        var (id, mine, _) = await DispatchedAsync("résolue avant l'arrivée");
        var joc = await app.ClientFor(AlertsApp.Joc);
        (await joc.PostAsJsonAsync($"/api/v1/alerts/{id}/transitions", new { to = "resolved", reason = "calme" }, Ct)).StatusCode.ShouldBe(HttpStatusCode.OK);

        var response = await (await app.ClientFor(AlertsApp.Commander)).PostAsync($"/api/v1/alerts/{id}/responses/{mine}/on-scene", null, Ct);

        response.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        (await response.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("code").GetString().ShouldBe("response-closed");
    }

    /// <summary>An alert with two responses: the demo commander's unit, and another unit. Returns the alert and both response ids.</summary>
    private async Task<(Guid Alert, Guid Mine, Guid Theirs)> DispatchedAsync(string description)
    {
        var joc = await app.ClientFor(AlertsApp.Joc);
        var id = await app.Raise(joc, AlertsApp.Body(description, lat: 4.37, lon: 18.55));
        var commanders = await CommandersUnitAsync();
        var other = await IdleUnitAsync(skip: 1);
        (await joc.PostAsJsonAsync($"/api/v1/alerts/{id}/responses", new { unitIds = new[] { commanders }, action = "patrol" }, Ct)).StatusCode.ShouldBe(HttpStatusCode.OK);
        var detail = await (await joc.PostAsJsonAsync($"/api/v1/alerts/{id}/responses", new { unitIds = new[] { other }, action = "quick-reaction-force" }, Ct)).Content.ReadFromJsonAsync<JsonElement>(Ct);
        var responses = detail.GetProperty("responses").EnumerateArray().ToList();
        Guid ResponseOf(Guid unit) => responses.Single(r => r.GetProperty("units").EnumerateArray().Any(u => u.GetProperty("id").GetGuid() == unit)).GetProperty("id").GetGuid();
        return (id, ResponseOf(commanders), ResponseOf(other));
    }

    private async Task<Guid> CommandersUnitAsync()
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<BluehelmDbContext>();
        var user = await db.Users.SingleAsync(u => u.Email == AlertsApp.Commander, Ct);
        return Guid.Parse((await db.UserScopes.SingleAsync(s => s.UserId == user.Id && s.Kind == Bluehelm.Platform.Identity.ScopeKind.Unit, Ct)).Code);
    }

    /// <summary>A MINUSCA unit other than the demo commander's (the n-th by name).</summary>
    private async Task<Guid> IdleUnitAsync(int skip = 0)
    {
        var commanders = await CommandersUnitAsync();
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<BluehelmDbContext>();
        var mission = await db.Set<Mission>().SingleAsync(m => m.Code == "MINUSCA", Ct);
        return (await db.Set<Unit>().Where(u => u.MissionId == mission.Id && u.Id != commanders && u.SiteId != null).OrderBy(u => u.Name).Select(u => u.Id).ToListAsync(Ct))[skip];
    }

    private async Task<Guid> UnitOfAsync(Guid alert, Guid response)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<BluehelmDbContext>();
        return await db.Set<AlertResponseUnit>().Where(u => u.ResponseId == response).Select(u => u.UnitId).SingleAsync(Ct);
    }

    /// <summary>A commander of <paramref name="unit"/> (created once per host; the scope is given at creation).</summary>
    private async Task EnsureCommanderAsync(string email, Guid unit)
    {
        await using (var scope = app.Services.CreateAsyncScope())
        {
            if (await scope.ServiceProvider.GetRequiredService<BluehelmDbContext>().Users.AnyAsync(u => u.Email == email, Ct))
            {
                return;
            }
        }

        var created = await app.Cli(BluehelmApp.DemoPassword + "\n", ["user", "add", "--email", email, "--role", "commander", "--scope", "mission:MINUSCA", "--scope", "unit:" + unit.ToString("N"), "--password-stdin"]);
        created.Exit.ShouldBe(0, created.Err);
    }
}
