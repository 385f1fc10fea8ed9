namespace Bluehelm.IntegrationTests.Platform.Hosting;

/// <summary>The audit trail page read in French: actions, record types and fields in French, people by name, dates as Bluehelm writes them.</summary>
public sealed class AuditTrailPageTests(BluehelmApp app) : IClassFixture<BluehelmApp>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task AuditTrail_French_ActionsTypesAndFieldsTranslatedAndPeopleByName()
    {
        using var joc = await app.ClientFor("joc.minusca@demo.bluehelm.local");
        var raised = await joc.PostAsJsonAsync("/api/v1/alerts", Alerts.AlertsApp.Body("Audit en français : hommes armés au marché"), Ct);
        raised.StatusCode.ShouldBe(HttpStatusCode.Created);
        var id = (await raised.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("id").GetGuid();
        (await joc.PostAsJsonAsync($"/api/v1/alerts/{id}/transitions", new { to = "triaged", reason = "rappel confirmé" }, Ct)).StatusCode.ShouldBe(HttpStatusCode.OK);
        using var admin = await app.PageClientFor(BluehelmApp.AdminEmail);
        await admin.GetAsync(new Uri("/culture/fr?returnUrl=/", UriKind.Relative), Ct);

        var html = WebUtility.HtmlDecode(await admin.GetStringAsync(new Uri($"/admin/audit?entityType=Alert&entityId={id}", UriKind.Relative), Ct));

        html.ShouldContain("Journal d'audit");
        html.ShouldContain("<td>Création</td>");
        html.ShouldContain("<td>Modification</td>");
        html.ShouldContain("Alerte");
        html.ShouldContain("<b>Statut</b>: Received → Triaged");
        html.ShouldContain("<td>Amina Yakité</td>");
        html.ShouldNotContain("<td>joc.minusca@demo.bluehelm.local</td>");
        html.ShouldNotContain("<td>create</td>");
        html.ShouldNotContain("<td>update</td>");
        html.ShouldMatch(@"<time datetime=""\d{4}-\d\d-\d\dT[^""]+"">\d{1,2} [a-zéû]+\.? \d{4} \d\d:\d\d UTC</time>");
        html.ShouldContain("<option value=\"Alert\" selected>Alerte</option>");
    }
}
