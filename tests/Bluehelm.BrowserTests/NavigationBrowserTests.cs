namespace Bluehelm.BrowserTests;

/// <summary>
/// Signing in takes each role to its work, the menu offers only what opens, and on a phone the menu
/// is folded and opens with a tap even without scripts; in English and French.
/// </summary>
public sealed class NavigationBrowserTests(BrowserApp app) : IClassFixture<BrowserApp>
{
    [Theory]
    [InlineData("en")]
    [InlineData("fr")]
    public async Task JocOfficer_SignsIn_LandsOnTheBoardAndReachesImportFromTheMenu(string language)
    {
        var french = language == "fr";
        var page = await app.NewPage(french ? "fr-FR" : "en-GB");
        await page.GotoAsync($"/culture/{language}?returnUrl=%2F");

        (await MissionsBrowserTests.SignInAndLand(page, "joc.minusca@demo.bluehelm.local")).ShouldBe("/alerts/board");
        var menu = page.Locator("header nav");
        await Assertions.Expect(menu.GetByRole(AriaRole.Link, new() { Name = french ? "Tableau de veille" : "Watch board" }))
            .ToHaveAttributeAsync("aria-current", "page", new() { Timeout = 15_000 });
        await menu.GetByRole(AriaRole.Link, new() { Name = french ? "Importer des alertes" : "Import alerts" }).ClickAsync();

        await Assertions.Expect(page.Locator("main h1")).ToHaveTextAsync(french ? "Importer des alertes" : "Import alerts");
        if (french)
        {
            var header = await page.Locator("header").EvaluateAsync<string>("h => { const c = h.cloneNode(true); c.querySelectorAll('[lang]:not([lang=\"fr\"])').forEach(e => e.remove()); return c.textContent; }");
            Pages.EnglishOnlyPhrasesIn(header).ShouldBeEmpty(header);
        }

        await BrowserApp.Screenshot(page, $"nav-joc-import-{language}");
    }

    [Theory]
    [InlineData("en")]
    [InlineData("fr")]
    public async Task Commander_SignsIn_LandsOnTheBoardWithoutNewAlertInTheMenu(string language)
    {
        var french = language == "fr";
        var page = await app.NewPage(french ? "fr-FR" : "en-GB");
        await page.GotoAsync($"/culture/{language}?returnUrl=%2F");

        (await MissionsBrowserTests.SignInAndLand(page, "commander.minusca@demo.bluehelm.local")).ShouldBe("/alerts/board");

        var links = await page.Locator("header nav a").AllInnerTextsAsync();
        links.ShouldContain(french ? "Tableau de veille" : "Watch board");
        links.ShouldNotContain(french ? "Nouvelle alerte" : "New alert");
        links.ShouldNotContain(french ? "Importer des alertes" : "Import alerts");
        links.ShouldNotContain("API");
    }

    [Theory]
    [InlineData("en")]
    [InlineData("fr")]
    public async Task PocAdviser_SignsIn_LandsOnTheMission(string language)
    {
        var french = language == "fr";
        var page = await app.NewPage(french ? "fr-FR" : "en-GB");
        await page.GotoAsync($"/culture/{language}?returnUrl=%2F");

        (await MissionsBrowserTests.SignInAndLand(page, "poc.minusca@demo.bluehelm.local")).ShouldBe("/missions/MINUSCA");

        await Assertions.Expect(page.Locator("main h1")).ToContainTextAsync(french ? "Mission multidimensionnelle" : "Multidimensional");
    }

    [Theory]
    [InlineData("en")]
    [InlineData("fr")]
    public async Task Phone_NoScript_MenuFoldedOpensWithATapAndLeadsToAPage(string language)
    {
        var french = language == "fr";
        var visitors = new TourVisitors(app, language);
        await using var context = await visitors.ContextFor(SiteTour.Visitor.Joc, 390, 844, javaScript: false);
        var page = await context.NewPageAsync();
        await page.GotoAsync("/missions");
        var missions = page.Locator("header nav").GetByRole(AriaRole.Link, new() { Name = french ? "Alertes" : "Alerts", Exact = true });

        await Assertions.Expect(missions).ToBeHiddenAsync();
        await BrowserApp.Screenshot(page, $"nav-phone-closed-{language}");
        await page.Locator("header summary").ClickAsync();
        await Assertions.Expect(missions).ToBeVisibleAsync();
        await BrowserApp.Screenshot(page, $"nav-phone-open-{language}");
        await missions.ClickAsync();

        await page.WaitForURLAsync(url => new Uri(url).AbsolutePath == "/alerts", new() { WaitUntil = WaitUntilState.Commit, Timeout = 30_000 });
        (await page.EvaluateAsync<int>("document.documentElement.scrollWidth")).ShouldBeLessThanOrEqualTo(390);
    }
}
