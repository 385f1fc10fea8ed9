using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Bluehelm.IntegrationTests.Alerts;

[Collection(AlertsCollection.Name)]
public sealed class IntakeTests(AlertsApp app)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Raise_ValidAlert_Returns201WithLocationPrioGridAndNearestSite()
    {
        var joc = await app.ClientFor(AlertsApp.Joc);
        // Counted for this fixture's database only: other test classes write alerts to databases of their own.
        long FastSaves()
        {
            using var fast = app.Services.CreateScope();
            return Bluehelm.Platform.Data.InsertOnlySave.SavesOn(fast.ServiceProvider.GetRequiredService<Bluehelm.Platform.Data.BluehelmDbContext>());
        }

        var fastSaves = FastSaves();

        var response = await joc.PostAsJsonAsync("/api/v1/alerts", AlertsApp.Body("Hommes armés à l'entrée du village, les femmes fuient vers la brousse"), Ct);

        response.StatusCode.ShouldBe(HttpStatusCode.Created);
        // Written as plain INSERTs (SQLite group commit or one PostgreSQL batch), not by EF's update pipeline.
        FastSaves().ShouldBe(fastSaves + 1);
        var body = await response.Content.ReadFromJsonAsync<JsonElement>(Ct);
        var id = body.GetProperty("id").GetGuid();
        response.Headers.Location!.ToString().ShouldBe($"/api/v1/alerts/{id}");
        body.GetProperty("prioGridGid").GetInt32().ShouldBe(137922);
        body.GetProperty("nearestSite").GetString().ShouldBe("Bambari");
        body.GetProperty("nearestSiteDistanceKm").GetDouble().ShouldBe(7.98, 0.05);
        var detail = await joc.GetFromJsonAsync<JsonElement>($"/api/v1/alerts/{id}", Ct);
        detail.GetProperty("status").GetString().ShouldBe("received");
        detail.GetProperty("language").GetString().ShouldBe("fr");
        detail.GetProperty("timeline")[0].GetProperty("kind").GetString().ShouldBe("received");
        detail.GetProperty("timeline")[0].GetProperty("actor").GetString().ShouldBe(AlertsApp.Joc);
        // Audited like any change, in the same transaction: who created which alert, from where.
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<Bluehelm.Platform.Data.BluehelmDbContext>();
        var audit = await db.AuditEntries.SingleAsync(e => e.EntityType == "Alert" && e.EntityId == id.ToString(), Ct);
        (audit.Action, audit.Actor, audit.UserId is null).ShouldBe(("create", AlertsApp.Joc, false));
        audit.Origin.ShouldNotBeNullOrEmpty();
    }

    [Fact]
    public async Task Raise_PlaceNameOnly_IsLocatedAtTheNamedSite()
    {
        var joc = await app.ClientFor(AlertsApp.Joc);
        var body = AlertsApp.Body("Tirs entendus au marché");
        body.Remove("latitude");
        body.Remove("longitude");
        body["placeName"] = "Marché central, Bria";

        var id = await app.Raise(joc, body);

        var detail = await joc.GetFromJsonAsync<JsonElement>($"/api/v1/alerts/{id}", Ct);
        detail.GetProperty("nearestSite").GetString().ShouldBe("Bria");
        detail.GetProperty("nearestSiteDistanceKm").GetDouble().ShouldBe(0);
        detail.GetProperty("latitude").GetDouble().ShouldBe(6.539023, 1e-6);
    }

    [Fact]
    public async Task Raise_SameIdempotencyKeyAndBody_ReturnsTheFirstAlert()
    {
        var joc = await app.ClientFor(AlertsApp.Joc);
        var body = AlertsApp.Body("retry " + Guid.NewGuid());

        var first = await Send(joc, body, "key-same");
        var second = await Send(joc, body, "key-same");

        first.Status.ShouldBe(HttpStatusCode.Created);
        second.Status.ShouldBe(HttpStatusCode.Created);
        second.Id.ShouldBe(first.Id);
    }

    [Fact]
    public async Task Raise_SameKeyOtherBody_Returns409()
    {
        var joc = await app.ClientFor(AlertsApp.Joc);
        await Send(joc, AlertsApp.Body("first body"), "key-conflict");

        var response = await joc.SendAsync(Request(AlertsApp.Body("second body"), "key-conflict"), Ct);

        response.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        (await Platform.AuthTests.Code(response)).ShouldBe("idempotency-conflict");
    }

    [Fact]
    public async Task Raise_ConcurrentRequestsWithOneKey_CreateOneAlert()
    {
        var joc = await app.ClientFor(AlertsApp.Joc);
        var description = "concurrent " + Guid.NewGuid();
        var body = AlertsApp.Body(description);

        var results = await Task.WhenAll(Enumerable.Range(0, 16).Select(_ => Send(joc, body, "key-" + description)));

        results.ShouldAllBe(r => r.Status == HttpStatusCode.Created);
        results.Select(r => r.Id).Distinct().Count().ShouldBe(1);
        var page = await joc.GetFromJsonAsync<JsonElement>("/api/v1/alerts?mission=MINUSCA&limit=500", Ct);
        page.GetProperty("items").EnumerateArray().Count(a => a.GetProperty("id").GetGuid() == results[0].Id).ShouldBe(1);
        // The losers' alert rows were written in the same batch as their refused key: none may remain.
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<Bluehelm.Platform.Data.BluehelmDbContext>();
        (await db.Set<Bluehelm.Modules.Alerts.Alert>().CountAsync(a => a.Description == description, Ct)).ShouldBe(1);
        (await db.AuditEntries.CountAsync(e => e.EntityType == "Alert" && e.EntityId == results[0].Id.ToString(), Ct)).ShouldBe(1);
    }

    [Fact]
    public async Task Raise_NearbySameThreat_ProposesTheFirstAsDuplicate()
    {
        var joc = await app.ClientFor(AlertsApp.Joc);
        var first = await app.Raise(joc, AlertsApp.Body("enlèvement signalé", threat: "abduction", lat: 7.2, lon: 19.3));
        await app.Raise(joc, AlertsApp.Body("enlèvement 11 km plus au nord", threat: "abduction", lat: 7.3, lon: 19.3));
        await app.Raise(joc, AlertsApp.Body("pillage au même endroit", threat: "looting-or-destruction", lat: 7.2, lon: 19.3));

        var second = await app.Raise(joc, AlertsApp.Body("deux enfants enlevés", threat: "abduction", lat: 7.21, lon: 19.31));

        var duplicates = await joc.GetFromJsonAsync<Guid[]>($"/api/v1/alerts/{second}/duplicates", Ct);
        duplicates.ShouldBe([first]);
        var page = await (await app.PageClientFor(AlertsApp.Joc)).GetStringAsync($"/alerts/{second}", Ct);
        page.ShouldContain($"<option value=\"{first}\"");
    }

    [Theory]
    [InlineData("latitude", 95.0, "out-of-range")]
    [InlineData("longitude", -181.0, "out-of-range")]
    [InlineData("severity", "catastrophic", null)]
    [InlineData("description", "", "required")]
    public async Task Raise_BadField_Returns400WithCode(string field, object value, string? fieldCode)
    {
        var joc = await app.ClientFor(AlertsApp.Joc);
        var body = AlertsApp.Body("bad field");
        body[field] = value;

        var response = await joc.PostAsJsonAsync("/api/v1/alerts", body, Ct);

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>(Ct);
        if (fieldCode is null)
        {
            problem.GetProperty("code").GetString().ShouldBe("invalid-json");
        }
        else
        {
            problem.GetProperty("code").GetString().ShouldBe("validation");
            problem.GetProperty("errors").GetProperty(field)[0].GetString().ShouldBe(fieldCode);
        }
    }

    [Fact]
    public async Task Raise_UnknownMission_Returns400()
    {
        var joc = await app.ClientFor(AlertsApp.Joc);
        var body = AlertsApp.Body("x");
        body["mission"] = "NOWHERE";

        var response = await joc.PostAsJsonAsync("/api/v1/alerts", body, Ct);

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await Platform.AuthTests.Code(response)).ShouldBe("unknown-mission");
    }

    [Fact]
    public async Task Raise_OversizedBody_Returns413AndCreatesNothing()
    {
        var joc = await app.ClientFor(AlertsApp.Joc);
        var body = AlertsApp.Body(new string('x', 200_000));

        var response = await joc.PostAsJsonAsync("/api/v1/alerts", body, Ct);

        response.StatusCode.ShouldBe(HttpStatusCode.RequestEntityTooLarge);
        (await Platform.AuthTests.Code(response)).ShouldBe("too-large");
    }

    [Fact]
    public async Task Raise_ScriptInDescription_IsStoredAsTextAndRenderedInert()
    {
        var joc = await app.ClientFor(AlertsApp.Joc);
        var id = await app.Raise(joc, AlertsApp.Body("<script>alert('x')</script><img src=x onerror=alert(1)>"));
        var page = await app.PageClientFor(AlertsApp.Joc);

        var html = await page.GetStringAsync($"/alerts/{id}", Ct);

        html.ShouldContain("&lt;script&gt;alert(&#x27;x&#x27;)&lt;/script&gt;");
        html.ShouldNotContain("<script>alert(");
        html.ShouldNotContain("<img src=x");
    }

    [Theory]
    [InlineData("delegation.sn@demo.bluehelm.local")]
    [InlineData("training@demo.bluehelm.local")]
    [InlineData(AlertsApp.Poc)]
    [InlineData(AlertsApp.Commander)]
    public async Task Raise_RoleThatMayNotTakeAlerts_Returns403(string email)
    {
        var client = await app.ClientFor(email);

        var response = await client.PostAsJsonAsync("/api/v1/alerts", AlertsApp.Body("not mine to raise"), Ct);

        response.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task Raise_JocOfAnotherMission_Returns403()
    {
        var other = await app.ClientFor(AlertsApp.OtherJoc);

        var response = await other.PostAsJsonAsync("/api/v1/alerts", AlertsApp.Body("wrong mission"), Ct);

        response.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
    }

    private static HttpRequestMessage Request(object body, string key)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/alerts") { Content = JsonContent.Create(body) };
        request.Headers.Add("Idempotency-Key", key);
        return request;
    }

    private static async Task<(HttpStatusCode Status, Guid Id)> Send(HttpClient client, object body, string key)
    {
        var response = await client.SendAsync(Request(body, key), Ct);
        var json = await response.Content.ReadFromJsonAsync<JsonElement>(Ct);
        return (response.StatusCode, json.TryGetProperty("id", out var id) ? id.GetGuid() : Guid.Empty);
    }
}
