using System.Text.RegularExpressions;
using Bluehelm.Modules.Alerts;
using Bluehelm.Platform.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Bluehelm.IntegrationTests.Alerts;

/// <summary>One host with 600 open MINUSCA alerts (see <see cref="BoardSeed"/>), the board read through its real page and endpoint.</summary>
public sealed class BoardFixture : IAsyncLifetime
{
    public AlertsApp App { get; } = new();

    internal BoardSeed Seed { get; private set; } = null!;

    public async ValueTask InitializeAsync()
    {
        await App.InitializeAsync();
        Seed = await BoardSeed.WriteAsync(App.Services, App.Clock.GetUtcNow());
    }

    public async ValueTask DisposeAsync() => await App.DisposeAsync();
}

/// <summary>The watch board never hides an open alert: order, counts, filters, grouping, paging, the refresh check, scoping.</summary>
public sealed partial class BoardTests(BoardFixture fixture) : IClassFixture<BoardFixture>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private AlertsApp App => fixture.App;

    private BoardSeed Seed => fixture.Seed;

    [GeneratedRegex("<tr[^>]*>\\s*<td><a href=\"/alerts/([0-9a-f-]{36})\"")]
    private static partial Regex LeadRow();

    [GeneratedRegex("href=\"/alerts/([0-9a-f-]{36})\"")]
    private static partial Regex AlertLink();

    private static List<Guid> Leads(string html) => [.. LeadRow().Matches(html).Select(m => Guid.Parse(m.Groups[1].Value))];

    /// <summary>The alert links inside the board (not the notifications above it).</summary>
    private static HashSet<Guid> Linked(string html) => [.. AlertLink().Matches(html[html.IndexOf("id=\"board\"", StringComparison.Ordinal)..]).Select(m => Guid.Parse(m.Groups[1].Value))];

    private readonly Dictionary<string, HttpClient> _clients = [];

    /// <summary>The board as a signed-in browser gets it (one sign-in per user: sign-in is rate limited).</summary>
    private async Task<string> BoardAsync(string query = "", string email = AlertsApp.Joc)
    {
        if (!_clients.TryGetValue(email, out var client))
        {
            _clients[email] = client = await App.PageClientFor(email);
        }

        return await client.GetStringAsync("/alerts/board" + query, Ct);
    }

    [Fact]
    public async Task Board_SixHundredOpenAlerts_OverdueMediumFirstThenCriticalsOldestFirst()
    {
        var html = await BoardAsync();

        var leads = Leads(html);
        leads.Count.ShouldBe(50);
        leads[0].ShouldBe(Seed.OverdueMedium);
        leads.Skip(1).ShouldBe(Seed.Critical.Take(49));
        html.ShouldContain("1–50 of 598 rows (600 alerts)");
        html.ShouldContain("<tr class=\"od\">");
        html.ShouldContain("<strong>overdue by ");
    }

    [Fact]
    public async Task AlertMap_MoreOpenAlertsThanItDraws_SaysHowManyOfHowMany()
    {
        var client = await App.PageClientFor(AlertsApp.Joc);

        var html = await client.GetStringAsync("/alerts/map", Ct);

        html.ShouldContain("This map shows the 500 most urgent of 600 open alerts");
    }

    [Fact]
    public async Task Board_EveryPage_ReachesEveryOpenAlertExactlyOnce()
    {
        var seen = new List<Guid>();
        for (var page = 1; page <= 12; page++)
        {
            var html = await BoardAsync($"?page={page}");
            seen.AddRange(Linked(html).Where(id => Leads(html).Contains(id) || Seed.Group.Contains(id)));
            html.ShouldContain(page < 12 ? $"rel=\"next\"" : "551–598 of 598 rows (600 alerts)");
        }

        seen.Distinct().Count().ShouldBe(seen.Count);
        seen.ShouldBe(Seed.All, ignoreOrder: true);
        seen.ShouldContain(Seed.DispatchedMedium);
    }

    [Fact]
    public async Task Board_Counts_PerStatusSeverityAndOverdue()
    {
        var html = await BoardAsync();

        html.ShouldContain("1 overdue");
        html.ShouldContain("<strong>600 open</strong>");
        html.ShouldContain(">Received 599</a>");
        html.ShouldContain(">Dispatched 1</a>");
        html.ShouldContain($">Critical {Seed.Critical.Count}</a>");
        html.ShouldContain($">Medium {BoardSeed.FillerOf(Severity.Medium) + 2}</a>");
        html.ShouldContain($">Low {BoardSeed.FillerOf(Severity.Low) + 3}</a>");
    }

    [Fact]
    public async Task Board_Filters_NarrowTheRowsAndKeepThemInTheLinks()
    {
        var overdue = await BoardAsync("?overdue=1");
        Leads(overdue).ShouldBe([Seed.OverdueMedium]);
        overdue.ShouldContain("1–1 of 1 rows (1 alerts)");

        var dispatched = await BoardAsync("?status=dispatched&severity=medium");
        Leads(dispatched).ShouldBe([Seed.DispatchedMedium]);

        var medium = await BoardAsync("?severity=medium");
        medium.ShouldContain($"of {BoardSeed.FillerOf(Severity.Medium) + 2} rows");
        Leads(medium).Take(1).ShouldBe([Seed.OverdueMedium]);
        medium.ShouldContain("href=\"/alerts/board?severity=medium&amp;page=2\"");

        var abduction = await BoardAsync("?threat=abduction");
        Leads(abduction).Count.ShouldBe(1);
        Linked(abduction).ShouldBe(Seed.Group, ignoreOrder: true);

        var mistyped = await BoardAsync("?page=deux&severity=nothing&site=x");
        mistyped.ShouldContain("1–50 of 598 rows (600 alerts)");

        var site = await BoardAsync($"?site={Seed.GroupSite}");
        Linked(site).ShouldBe(Seed.Group, ignoreOrder: true);
        site.ShouldContain($"<option value=\"{Seed.GroupSite}\" selected");
    }

    [Fact]
    public async Task Board_ProbableDuplicates_OneRowWithCountAndEachMemberReachable()
    {
        var rows = BoardSeed.FillerOf(Severity.Low) + 1;
        var pages = new List<string>();
        for (var p = 1; p <= (rows + 49) / 50; p++)
        {
            pages.Add(await BoardAsync($"?severity=low&page={p}"));
        }

        var all = string.Concat(pages);

        all.ShouldContain("3 probable duplicates");
        var leads = Leads(all);
        Seed.Group.Count(leads.Contains).ShouldBe(1, "the group is one row");
        all.ShouldContain($"of {BoardSeed.FillerOf(Severity.Low) + 1} rows ({BoardSeed.FillerOf(Severity.Low) + 3} alerts)");
        foreach (var id in Seed.Group)
        {
            all.ShouldContain($"href=\"/alerts/{id}\"");
        }

        var group = pages.Single(p => p.Contains("3 probable duplicates", StringComparison.Ordinal));
        group.ShouldContain("<details>");
    }

    [Fact]
    public async Task Version_ChangesWhenAnAlertInScopeChanges_NotOtherwise()
    {
        var joc = await App.PageClientFor(AlertsApp.Joc);
        var other = await App.ClientFor(AlertsApp.OtherJoc);
        async Task<string> VersionOf(HttpClient c) => (await c.GetFromJsonAsync<JsonElement>("/api/v1/alerts/board/version", Ct)).GetProperty("version").GetString()!;

        var minusca = await VersionOf(joc);
        var monusco = await VersionOf(other);
        (await VersionOf(joc)).ShouldBe(minusca);

        using (var request = new HttpRequestMessage(HttpMethod.Get, "/api/v1/alerts/board/version"))
        {
            request.Headers.TryAddWithoutValidation("If-None-Match", $"\"{minusca}\"");
            using var unchanged = await joc.SendAsync(request, Ct);
            unchanged.StatusCode.ShouldBe(HttpStatusCode.NotModified);
            (await unchanged.Content.ReadAsByteArrayAsync(Ct)).ShouldBeEmpty();
        }

        // A change to one MINUSCA alert (a note raises its version): MINUSCA's board changes, MONUSCO's does not.
        await using (var scope = App.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<BluehelmDbContext>();
            var alert = await db.Set<Alert>().SingleAsync(a => a.Id == Seed.Filler[7], Ct);
            alert.Note(App.Clock.GetUtcNow(), null, "test", "note");
            await db.SaveChangesAsync(Ct);
        }

        var afterNote = await VersionOf(joc);
        afterNote.ShouldNotBe(minusca);
        (await VersionOf(other)).ShouldBe(monusco);

        // A new MONUSCO alert, due in 30 minutes: MONUSCO's board changes, MINUSCA's does not.
        var body = AlertsApp.Body("nouvelle alerte MONUSCO", severity: "critical", lat: -1.68, lon: 29.22);
        body["mission"] = "MONUSCO";
        await App.Raise(other, body);
        var afterRaise = await VersionOf(other);
        afterRaise.ShouldNotBe(monusco);
        (await VersionOf(joc)).ShouldBe(afterNote);

        // Its deadline passes with nobody touching it: the board would show it overdue, so its version changes.
        var due = (await other.GetFromJsonAsync<JsonElement>("/api/v1/alerts/board?mission=MONUSCO", Ct))[0].GetProperty("dispatchDueAt").GetDateTimeOffset();
        App.Clock.SetUtcNow(due.AddMinutes(1));
        (await VersionOf(other)).ShouldNotBe(afterRaise);
    }

    [Fact]
    public async Task Board_UserOfAnotherMission_SeesNothingOfMinusca()
    {
        var html = await BoardAsync(email: AlertsApp.OtherJoc);

        var minusca = Seed.All.ToHashSet();
        AlertLink().Matches(html).Select(m => Guid.Parse(m.Groups[1].Value)).Where(minusca.Contains).ShouldBeEmpty();
        html.ShouldNotContain("600 open");
        html.ShouldNotContain("Filler");
        var other = await App.ClientFor(AlertsApp.OtherJoc);
        var api = await other.GetFromJsonAsync<JsonElement>("/api/v1/alerts/board?mission=MINUSCA", Ct);
        api.GetArrayLength().ShouldBe(0);
    }
}
