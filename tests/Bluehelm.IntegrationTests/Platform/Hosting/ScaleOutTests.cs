using System.Globalization;

namespace Bluehelm.IntegrationTests.Platform.Hosting;

/// <summary>
/// Two web servers on one database behind any load balancer: a sign-in on one is valid on the other
/// (one key ring: the database on PostgreSQL, the shared data folder on SQLite), overdue alerts are
/// notified once though both run the escalation job, and everything either acknowledged is there
/// after both restart. PostgreSQL only (skipped by return on SQLite, one server by nature, whose key
/// ring stays in its data folder); each server has its own data folder, as on two machines.
/// </summary>
public sealed class ScaleOutTests
{
    private const int AlertsPerServer = 4;

    [Fact]
    public async Task TwoServersOneDatabase_SessionsTokensEscalationAndAcknowledgements_AreShared()
    {
        if (BluehelmApp.PostgresServer is null)
        {
            return;
        }

        var ct = TestContext.Current.CancellationToken;
        await using var set = await ServerSet.CreateAsync("Production");
        set.Environment["Bluehelm__SeedDemo"] = "true";
        var machineA = new Dictionary<string, string?> { ["Bluehelm__DataDirectory"] = Path.Combine(set.Root, "a") };
        var machineB = new Dictionary<string, string?> { ["Bluehelm__DataDirectory"] = Path.Combine(set.Root, "b") };
        var a = await set.StartAsync(ct, machineA);

        // Signed in on A: a bearer token and a session cookie.
        var token = await ServerSet.TokenAsync(a, ServerSet.JocEmail, ServerSet.DemoPassword, ct);
        var cookies = new CookieContainer();
        using (var pageClient = new HttpClient(new HttpClientHandler { CookieContainer = cookies }) { BaseAddress = a.BaseAddress })
        {
            var form = await pageClient.GetStringAsync(new Uri("account/login", UriKind.Relative), ct);
            using var signIn = await pageClient.PostAsync(new Uri("account/login", UriKind.Relative), SignInForm.From(form, ServerSet.JocEmail, ServerSet.DemoPassword), ct);
            signIn.EnsureSuccessStatusCode();
        }

        var b = await set.StartAsync(ct, machineB);

        // Both used on B (cookies are per host, not per port: the container sends A's cookie to B).
        using (var onB = ServerSet.BearerClient(b, token))
        {
            using var list = await onB.GetAsync(new Uri("api/v1/alerts?mission=MINUSCA", UriKind.Relative), ct);
            list.StatusCode.ShouldBe(HttpStatusCode.OK, "A's bearer token on B");
        }

        await AssertSessionAsync(b, cookies, ct);

        // Overdue on arrival (received four days ago, past every dispatch deadline), raised on both.
        var raised = new List<Guid>();
        foreach (var server in (ServerProcess[])[a, b])
        {
            using var client = ServerSet.BearerClient(server, token);
            for (var n = 0; n < AlertsPerServer; n++)
            {
                using var response = await client.PostAsJsonAsync(new Uri("api/v1/alerts", UriKind.Relative), new
                {
                    mission = "MINUSCA",
                    receivedAt = TimeProvider.System.GetUtcNow().AddDays(-4),
                    latitude = 5.75 + (n * 0.01),
                    longitude = 20.6,
                    threatType = "attack-on-civilians",
                    severity = "high",
                    description = string.Create(CultureInfo.InvariantCulture, $"scale-out {server.BaseAddress.Port}-{n}"),
                }, ct);
                var text = await response.Content.ReadAsStringAsync(ct);
                response.StatusCode.ShouldBe(HttpStatusCode.Created, text);
                using var created = JsonDocument.Parse(text);
                raised.Add(created.RootElement.GetProperty("id").GetGuid());
            }
        }

        // Both restart at once: each runs the escalation job as it starts, on the same overdue alerts.
        await Task.WhenAll(a.KillAsync(ct), b.KillAsync(ct));
        var restarted = await Task.WhenAll(set.StartAsync(ct, machineA), set.StartAsync(ct, machineB));
        (a, b) = (restarted[0], restarted[1]);

        var notices = await NoticesAsync(a, token, expected: raised.Count, ct);
        notices.Select(n => n.AlertId).Order().ShouldBe(raised.Order(), "one notification per overdue alert, though two servers escalated");

        // Acknowledged half on each server.
        for (var i = 0; i < notices.Count; i++)
        {
            using var client = ServerSet.BearerClient(i % 2 == 0 ? a : b, token);
            using var response = await client.PostAsync(new Uri($"api/v1/alerts/notifications/{notices[i].Id}/acknowledge", UriKind.Relative), null, ct);
            response.StatusCode.ShouldBe(HttpStatusCode.NoContent);
        }

        await Task.WhenAll(a.KillAsync(ct), b.KillAsync(ct));
        restarted = await Task.WhenAll(set.StartAsync(ct, machineA), set.StartAsync(ct, machineB));
        (a, b) = (restarted[0], restarted[1]);

        // After both restarted: the old token and cookie still work, every alert is there, no notice is back.
        await AssertSessionAsync(a, cookies, ct);
        foreach (var server in (ServerProcess[])[a, b])
        {
            using var client = ServerSet.BearerClient(server, token);
            foreach (var id in raised)
            {
                using var response = await client.GetAsync(new Uri($"api/v1/alerts/{id}", UriKind.Relative), ct);
                response.StatusCode.ShouldBe(HttpStatusCode.OK, id.ToString());
            }

            var open = await client.GetFromJsonAsync<JsonElement>(new Uri("api/v1/alerts/notifications", UriKind.Relative), ct);
            open.EnumerateArray().Count(n => raised.Contains(n.GetProperty("alertId").GetGuid())).ShouldBe(0, "acknowledged notifications came back");
        }
    }

    private static async Task AssertSessionAsync(ServerProcess server, CookieContainer cookies, CancellationToken ct)
    {
        using var client = new HttpClient(new HttpClientHandler { CookieContainer = cookies, AllowAutoRedirect = false }) { BaseAddress = server.BaseAddress };
        using var board = await client.GetAsync(new Uri("alerts/board", UriKind.Relative), ct);
        board.StatusCode.ShouldBe(HttpStatusCode.OK, "the session cookie of A on " + server.BaseAddress);
    }

    /// <summary>The mission's unacknowledged notices once there are as many as expected (the startup runs may still be at work).</summary>
    private static async Task<List<(Guid Id, Guid AlertId)>> NoticesAsync(ServerProcess server, string token, int expected, CancellationToken ct)
    {
        using var client = ServerSet.BearerClient(server, token);
        using var wait = CancellationTokenSource.CreateLinkedTokenSource(ct);
        wait.CancelAfter(TimeSpan.FromSeconds(60));
        while (true)
        {
            var open = await client.GetFromJsonAsync<JsonElement>(new Uri("api/v1/alerts/notifications", UriKind.Relative), ct);
            var notices = open.EnumerateArray().Select(n => (n.GetProperty("id").GetGuid(), n.GetProperty("alertId").GetGuid())).ToList();
            if (notices.Count >= expected)
            {
                return notices;
            }

            await Task.Delay(200, wait.Token);
        }
    }
}
