using System.Text.RegularExpressions;

namespace Bluehelm.IntegrationTests.Alerts;

/// <summary>
/// An alert a user may not open (a commander's untasked alert, another mission's alert) and an alert
/// that does not exist give the same page: inside the layout (menu, language switch, sign-out), a
/// localized message, status 404, so nobody learns that an alert exists.
/// </summary>
[Collection(AlertsCollection.Name)]
public sealed partial class CommanderAlertPageTests(AlertsApp app)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private const string OtherPoc = "poc.monusco@test.local";

    [Theory]
    [InlineData(AlertsApp.Commander, "en", "Alert not found")]
    [InlineData(AlertsApp.Commander, "fr", "Alerte introuvable")]
    [InlineData(AlertsApp.OtherJoc, "en", "Alert not found")]
    [InlineData(OtherPoc, "fr", "Alerte introuvable")]
    public async Task AlertPage_OutOfScopeOrUnknown_IsTheSame404InsideTheLayout(string email, string language, string title)
    {
        if (email == OtherPoc)
        {
            await EnsureOtherPocAsync();
        }

        var id = await app.Raise(await app.ClientFor(AlertsApp.Joc), AlertsApp.Body("jamais confiée au commandant, " + language, lat: 4.36, lon: 18.54));
        var page = await app.PageClientFor(email);
        page.DefaultRequestHeaders.AcceptLanguage.ParseAdd(language);

        var hidden = await page.GetAsync($"/alerts/{id}", Ct);
        var unknown = await page.GetAsync($"/alerts/{Guid.CreateVersion7()}", Ct);

        hidden.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        unknown.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        var html = await hidden.Content.ReadAsStringAsync(Ct);
        html.ShouldContain($"<h1>{title}</h1>", customMessage: html);
        html.ShouldContain("<nav");
        html.ShouldContain("href=\"/alerts/board\"");
        html.ShouldContain(language == "fr" ? "href=\"/culture/en" : "href=\"/culture/fr");
        html.ShouldContain("action=\"/account/logout\"");
        html.ShouldNotContain("jamais confiée");
        MainOf(html).ShouldBe(MainOf(await unknown.Content.ReadAsStringAsync(Ct)));
    }

    private static string MainOf(string html) => Regex.Match(html, "<main[^>]*>.*?</main>", RegexOptions.Singleline).Value;

    private async Task EnsureOtherPocAsync()
    {
        var created = await app.Cli(BluehelmApp.DemoPassword + "\n", ["user", "add", "--email", OtherPoc, "--role", "poc-adviser", "--scope", "mission:MONUSCO", "--password-stdin"]);
        (created.Exit == 0 || created.Err.Contains("exists", StringComparison.OrdinalIgnoreCase)).ShouldBeTrue(created.Err);
    }
}
