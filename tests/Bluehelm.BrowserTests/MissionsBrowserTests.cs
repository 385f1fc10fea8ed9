using System.Text.RegularExpressions;
using System.Xml.Linq;

namespace Bluehelm.BrowserTests;

/// <summary>The main flow of the platform foundation, clicked through in Chromium, in English and French.</summary>
public sealed partial class MissionsBrowserTests(BrowserApp app) : IClassFixture<BrowserApp>
{
    /// <summary>Signs in from the header's link, checks the role landed where its work is, then opens the missions list, where these flows start.</summary>
    internal static async Task SignIn(IPage page, string email)
    {
        await SignInAndLand(page, email);
        await page.GotoAsync("/missions");
        await Assertions.Expect(page.Locator("table.data")).ToBeVisibleAsync();
    }

    /// <summary>Signs in from the header's link and waits for the role's landing page (<see cref="LandingOf"/>); returns its path.</summary>
    internal static async Task<string> SignInAndLand(IPage page, string email)
    {
        await page.GotoAsync("/");
        await page.Locator("header").GetByRole(AriaRole.Link, new() { NameRegex = SignInName() }).ClickAsync();
        await page.Locator("#email").FillAsync(email);
        await page.Locator("#password").FillAsync(BluehelmApp.PasswordOf(email));
        await page.Locator("form.form button[type=submit]").ClickAsync();
        var landing = LandingOf(email);
        await page.WaitForURLAsync(url => new Uri(url).AbsolutePath == landing, new() { WaitUntil = WaitUntilState.Commit, Timeout = 30_000 });
        await Assertions.Expect(page.Locator("main h1")).ToBeVisibleAsync();
        return landing;
    }

    /// <summary>Where the demo users land: the watch floor on the board, the POC adviser on the mission, the administrator on the audit trail, others on the missions.</summary>
    internal static string LandingOf(string email) => email switch
    {
        "joc.minusca@demo.bluehelm.local" or "commander.minusca@demo.bluehelm.local" => "/alerts/board",
        "poc.minusca@demo.bluehelm.local" => "/missions/MINUSCA",
        BluehelmApp.AdminEmail => "/admin/audit",
        _ => "/missions",
    };

    [Fact]
    public async Task SignIn_OpenMinusca_SitesListedAndOnTheMap()
    {
        var page = await app.NewPage();
        await SignIn(page, "joc.minusca@demo.bluehelm.local");

        await page.GetByRole(AriaRole.Link, new() { Name = "MINUSCA", Exact = true }).ClickAsync();
        await Assertions.Expect(page.Locator("h1")).ToContainTextAsync("MINUSCA");
        var rows = await page.Locator("#site-table tbody tr").CountAsync();
        // Sites closer than a few pixels are one circle with their number: every site is counted once.
        var counted = await page.EvaluateAsync<int>("() => [...document.querySelectorAll('svg.map g.sym-site')].reduce((n, g) => n + Number(g.querySelector('.count')?.textContent ?? 1), 0)");
        rows.ShouldBe(28);
        counted.ShouldBe(rows);
        (await page.Locator("#site-table").InnerTextAsync()).ShouldContain("Bangui");
        (await page.Locator("svg.map title").AllTextContentsAsync()).ShouldContain(t => t.Contains("Bangui", StringComparison.Ordinal));
        await BrowserApp.Screenshot(page, "mission-en");

        await page.Locator("svg.map g.sym-site:not(.cluster) a").First.ClickAsync();
        await Assertions.Expect(page.Locator("h2").First).ToHaveTextAsync("Deployments by year");
        await BrowserApp.Screenshot(page, "site-en");
    }

    [Fact]
    public async Task SwitchLanguage_FrenchAndBack_PagesFollowAndNoEnglishInterfaceTextRemains()
    {
        var page = await app.NewPage();
        await SignIn(page, "poc.minusca@demo.bluehelm.local");

        await page.GetByRole(AriaRole.Link, new() { Name = "Français" }).ClickAsync();
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("Opérations de maintien de la paix");
        (await page.EvaluateAsync<string>("document.documentElement.lang")).ShouldBe("fr");
        page.Url.ShouldEndWith("/missions");
        await page.GetByRole(AriaRole.Link, new() { Name = "MINUSCA", Exact = true }).ClickAsync();
        await Assertions.Expect(page.Locator("h1")).ToContainTextAsync("Mission multidimensionnelle");

        await BrowserApp.Screenshot(page, "mission-fr");
        var text = await Pages.FrenchText(page);
        text.ShouldContain("Sites de déploiement");
        text.ShouldContain("République centrafricaine");
        Pages.EnglishOnlyPhrasesIn(text).ShouldBeEmpty();

        await page.GetByRole(AriaRole.Link, new() { Name = "English" }).ClickAsync();
        await Assertions.Expect(page.Locator("h2#sites")).ToContainTextAsync("Deployment sites");
        (await page.EvaluateAsync<string>("document.documentElement.lang")).ShouldBe("en");
    }

    [Fact]
    public async Task FrenchChoice_IsRemembered_AcrossPagesAndSignIn()
    {
        var page = await app.NewPage();
        await page.GotoAsync("/about/data");
        await page.GetByRole(AriaRole.Link, new() { Name = "Français" }).ClickAsync();
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("À propos des données");

        await SignIn(page, "training@demo.bluehelm.local");

        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("Opérations de maintien de la paix");
        Pages.EnglishOnlyPhrasesIn(await Pages.FrenchText(page)).ShouldBeEmpty();
    }

    [GeneratedRegex("^(Sign in|Se connecter)$")]
    private static partial Regex SignInName();
}
