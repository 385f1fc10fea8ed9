namespace Bluehelm.BrowserTests;

/// <summary>Hotspots on the map and in the table beside it, clicked through in Chromium, in English and French.</summary>
public sealed class HotspotsBrowserTests(BrowserApp app) : IClassFixture<BrowserApp>
{
    [Fact]
    public async Task Hotspots_SeededEvents_ClustersAndHotCellsOnTheMapAndInTheTableInEnglishAndFrench()
    {
        await HotspotSeed.SeedAsync(app.Services);

        var page = await app.NewPage();
        await MissionsBrowserTests.SignIn(page, "joc.minusca@demo.bluehelm.local");
        await page.GetByRole(AriaRole.Link, new() { Name = "Hotspots", Exact = true }).First.ClickAsync();
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("Hotspots");
        await Assertions.Expect(page.Locator("#cluster-table tbody tr")).ToHaveCountAsync(2);
        (await page.Locator("svg.map .hotspot-layer .hull-mark").CountAsync()).ShouldBe(2);
        (await page.Locator("#cluster-1").InnerTextAsync()).ShouldContain("8");
        await BrowserApp.Screenshot(page, "hotspots-clusters-en");

        // The cluster's shape on the map leads to its row in the table.
        (await page.Locator("svg.map .hotspot-layer a").First.GetAttributeAsync("href")).ShouldBe("#cluster-1");

        var grid = page.Locator("nav.tabs a").Nth(1);
        await Assertions.Expect(grid).ToHaveTextAsync("Grid (Gi*)");
        await page.GotoAsync(await grid.GetAttributeAsync("href") ?? "");
        await Assertions.Expect(page.Locator("#cell-135758")).ToBeVisibleAsync();
        (await page.Locator("svg.map rect.gi-hot-99").CountAsync()).ShouldBeGreaterThanOrEqualTo(1);
        (await page.Locator(".gi-legend li").CountAsync()).ShouldBe(4);
        await BrowserApp.Screenshot(page, "hotspots-grid-en");

        var fr = await app.NewPage("fr-FR");
        await MissionsBrowserTests.SignIn(fr, "joc.minusca@demo.bluehelm.local");
        await fr.GotoAsync("/hotspots?mission=MINUSCA");
        await Assertions.Expect(fr.Locator("h1")).ToHaveTextAsync("Points chauds");
        await Assertions.Expect(fr.Locator("#cluster-table tbody tr")).ToHaveCountAsync(2);
        Pages.EnglishOnlyPhrasesIn(await Pages.FrenchText(fr)).ShouldBeEmpty();
        await BrowserApp.Screenshot(fr, "hotspots-clusters-fr");
        await fr.GotoAsync("/hotspots?mission=MINUSCA&view=grid");
        await Assertions.Expect(fr.Locator("#cell-135758")).ToBeVisibleAsync();
        Pages.EnglishOnlyPhrasesIn(await Pages.FrenchText(fr)).ShouldBeEmpty();
        await BrowserApp.Screenshot(fr, "hotspots-grid-fr");
    }
}
