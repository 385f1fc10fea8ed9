using System.Text.RegularExpressions;
using Bluehelm.Modules.Alerts;
using Microsoft.Extensions.DependencyInjection;

namespace Bluehelm.IntegrationTests.Alerts;

/// <summary>
/// The timeline on an alert's page names people by display name and role in the reader's language,
/// never by e-mail, with event kinds, statuses and field names translated.
/// </summary>
[Collection(AlertsCollection.Name)]
public sealed partial class TimelineNamesTests(AlertsApp app)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory]
    [InlineData("en", "Amina Yakité (JOC officer)", "Status", "Received → Triaged", "Reason", "Channel", "API")]
    [InlineData("fr", "Amina Yakité (officier du JOC)", "Statut", "Reçue → Triée", "Motif", "Canal", "API")]
    public async Task Timeline_PocAdviserReads_PeopleByNameAndRoleInTheirLanguage(string language, string joc, string kind, string move, string reason, string channel, string api)
    {
        var client = await app.ClientFor(AlertsApp.Joc);
        var id = await app.Raise(client, AlertsApp.Body("historique avec des noms, " + language, lat: 5.1, lon: 19.9));
        (await client.PostAsJsonAsync($"/api/v1/alerts/{id}/transitions", new { to = "triaged", reason = "rappel confirmé" }, Ct)).StatusCode.ShouldBe(HttpStatusCode.OK);
        var page = await app.PageClientFor(AlertsApp.Poc);
        page.DefaultRequestHeaders.AcceptLanguage.ParseAdd(language);

        var html = await page.GetStringAsync($"/alerts/{id}", Ct);

        var timeline = Regex.Match(html, "<ol class=\"timeline\">.*?</ol>", RegexOptions.Singleline).Value;
        var entries = Regex.Matches(timeline, "<li>(.*?)</li>", RegexOptions.Singleline).Select(m => Text(m.Groups[1].Value)).ToList();
        entries.Count.ShouldBe(2);
        entries[0].ShouldContain(joc);
        entries[0].ShouldContain($"{channel} {api}");
        entries[1].ShouldContain(kind);
        entries[1].ShouldContain(move);
        entries[1].ShouldContain(joc);
        entries[1].ShouldContain($"{reason} rappel confirmé");
        html.ShouldNotContain(AlertsApp.Joc);
        html.ShouldNotContain("joc.minusca");
    }

    [Fact]
    public async Task Timeline_EscalationJob_IsShownAsBluehelmNotAsSystem()
    {
        var client = await app.ClientFor(AlertsApp.Joc);
        var id = await app.Raise(client, AlertsApp.Body("critique jamais envoyée", severity: "critical", lat: 5.2, lon: 19.8));
        app.Clock.Advance(TimeSpan.FromMinutes(61));
        await using (var scope = app.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<EscalateOverdueAlerts>().RunAsync(Ct);
        }

        var html = await (await app.PageClientFor(AlertsApp.Joc)).GetStringAsync($"/alerts/{id}", Ct);

        var timeline = Text(Regex.Match(html, "<ol class=\"timeline\">.*?</ol>", RegexOptions.Singleline).Value);
        timeline.ShouldContain("Escalated: dispatch target passed Bluehelm (automatic)");
        timeline.ShouldNotContain("system");
    }

    /// <summary>The visible text of some HTML, spaces collapsed.</summary>
    private static string Text(string html) =>
        Spaces().Replace(WebUtility.HtmlDecode(Tags().Replace(html, " ")), " ").Trim();

    [GeneratedRegex("<[^>]+>")]
    private static partial Regex Tags();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();
}
