namespace Bluehelm.BrowserTests;

/// <summary>
/// The forecasts page in Chromium on the UCDP GED extract for the Central African Republic: a POC adviser
/// opens it from the navigation and reads the map, the table of the highest-risk cells and the evaluation
/// beside them, in English and in French.
/// </summary>
public sealed class ForecastsBrowserTests(BrowserApp app) : IClassFixture<BrowserApp>
{
    private const string Poc = "poc.minusca@demo.bluehelm.local";

    [Fact]
    public async Task OpenForecasts_EnglishThenFrench_MapTableAndEvaluationShown()
    {
        await ForecastSeed.InsertAsync(app.Services, ForecastSeed.GedEvents());
        var page = await app.NewPage();
        await MissionsBrowserTests.SignIn(page, Poc);

        // The first visit answers at once: the forecast is being computed in the background (no job in test hosts,
        // so nobody asked before) and the page offers a reload link (no timed refresh) until it is there.
        await page.GetByRole(AriaRole.Link, new() { Name = "Forecasts", Exact = true }).First.ClickAsync();
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("Risk of violence against civilians next month");
        await Assertions.Expect(page.Locator("#fc-pending")).ToHaveTextAsync("The forecast for MINUSCA is being computed (about a minute). Reload this page in a minute.");
        (await page.Locator("meta[http-equiv=refresh]").CountAsync()).ShouldBe(0);
        await BrowserApp.Screenshot(page, "forecasts-pending-en");

        // A wait, not a timing assert: the reader follows the reload link until the forecast is there (up to 5 minutes).
        for (var i = 0; i < 60 && await page.Locator("#fc-reload").CountAsync() > 0; i++)
        {
            await Task.Delay(5_000, TestContext.Current.CancellationToken);
            await page.Locator("#fc-reload").ClickAsync();
        }

        await Assertions.Expect(page.Locator("#fc-forecast-h")).ToHaveTextAsync("Forecast for January 2023");
        await Assertions.Expect(page.Locator("#fc-pending")).ToHaveCountAsync(0);
        (await page.Locator("#forecast-map svg.map rect.fc-cell").CountAsync()).ShouldBeInRange(200, 260);
        (await page.Locator("#forecast-map .map-legend li").CountAsync()).ShouldBe(6);
        (await page.Locator("#forecast-table tbody tr").CountAsync()).ShouldBe(20);
        await Assertions.Expect(page.Locator("#evaluation-scores tbody tr")).ToHaveCountAsync(3);
        await Assertions.Expect(page.Locator("#evaluation-years tbody tr")).ToHaveCountAsync(4);
        await Assertions.Expect(page.Locator("#verdict")).ToContainTextAsync("baselines");
        await Assertions.Expect(page.Locator("#evaluation")).ToBeInViewportAsync(new() { Ratio = 0.01f });
        await BrowserApp.Screenshot(page, "forecasts-en");

        var href = await page.Locator("#forecast-table tbody tr").First.GetByRole(AriaRole.Link).GetAttributeAsync("href");
        href.ShouldStartWith("/warnings/new?mission=MINUSCA&gid=");

        await page.GetByRole(AriaRole.Link, new() { Name = "Français" }).ClickAsync();
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("Risque de violence contre les civils le mois prochain");
        await Assertions.Expect(page.Locator("#fc-forecast-h")).ToHaveTextAsync("Prévision pour janvier 2023");
        (await page.Locator("#forecast-map svg.map rect.fc-cell").CountAsync()).ShouldBeInRange(200, 260);
        await Assertions.Expect(page.Locator("#evaluation-scores tbody tr")).ToHaveCountAsync(3);
        await BrowserApp.Screenshot(page, "forecasts-fr");
        var text = await Pages.FrenchText(page);
        text.ShouldContain("Que vaut-elle ?");
        text.ShouldContain("Score de Brier");
        Pages.EnglishOnlyPhrasesIn(text).ShouldBeEmpty();
    }
}
