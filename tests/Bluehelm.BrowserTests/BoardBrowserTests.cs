using System.IO.Compression;
using Bluehelm.Modules.Alerts;
using Bluehelm.Platform.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Bluehelm.BrowserTests;

/// <summary>A host with 600 open MINUSCA alerts (see <see cref="BoardSeed"/>) and Chromium.</summary>
public sealed class BoardBrowserFixture : IAsyncLifetime
{
    public BrowserApp App { get; } = new();

    internal BoardSeed Seed { get; private set; } = null!;

    public async ValueTask InitializeAsync()
    {
        await App.InitializeAsync();
        Seed = await BoardSeed.WriteAsync(App.Services, App.Services.GetRequiredService<TimeProvider>().GetUtcNow());
    }

    public async ValueTask DisposeAsync() => await App.DisposeAsync();
}

/// <summary>
/// The watch board in Chromium with 600 open alerts: the overdue one on top in English and French,
/// filters and groups without scripts, cards on a phone, and what it costs on the wire (first load,
/// and a minute of an idle board, whose script asks for the version instead of the page).
/// </summary>
public sealed class BoardBrowserTests(BoardBrowserFixture fixture) : IClassFixture<BoardBrowserFixture>
{
    private const string Joc = "joc.minusca@demo.bluehelm.local";

    private BrowserApp App => fixture.App;

    private BoardSeed Seed => fixture.Seed;

    private static void Report(string line) => TestContext.Current.TestOutputHelper?.WriteLine(line);

    private async Task<IPage> SignedIn(string language, bool scripts = true, int width = 1280)
    {
        var context = await App.Browser.NewContextAsync(new()
        {
            BaseURL = App.BaseUrl, Locale = "en-GB", JavaScriptEnabled = scripts, ViewportSize = new() { Width = width, Height = 900 },
        });
        context.SetDefaultTimeout(15_000);
        var page = await context.NewPageAsync();
        await MissionsBrowserTests.SignIn(page, Joc);
        if (language == "fr")
        {
            await page.GetByRole(AriaRole.Link, new() { Name = "Français" }).ClickAsync();
            await Assertions.Expect(page.Locator("html")).ToHaveAttributeAsync("lang", "fr");
        }

        return page;
    }

    [Theory]
    [InlineData("en")]
    [InlineData("fr")]
    public async Task Board_SixHundredOpenAlerts_OverdueMediumOnTopMarkedAndCounted(string language)
    {
        var french = language == "fr";
        var page = await SignedIn(language);
        await page.GotoAsync("/alerts/board");

        var first = page.Locator("table.board tbody tr").First;
        await Assertions.Expect(first).ToHaveClassAsync("od");
        await Assertions.Expect(first.Locator($"a[href='/alerts/{Seed.OverdueMedium}']")).ToBeVisibleAsync();
        await Assertions.Expect(first).ToContainTextAsync(french ? "EN RETARD" : "OVERDUE");
        await Assertions.Expect(first.Locator("td.due strong")).ToContainTextAsync(french ? "en retard de" : "overdue by");
        await Assertions.Expect(page.Locator("table.board tbody tr")).ToHaveCountAsync(50);
        await Assertions.Expect(page.Locator("p.range")).ToHaveTextAsync(french ? "1–50 sur 598 lignes (600 alertes)" : "1–50 of 598 rows (600 alerts)");
        await Assertions.Expect(page.Locator(".counts .c-overdue")).ToHaveTextAsync(french ? "1 en retard" : "1 overdue");

        // The overdue marker: a dark bar against white and white text on a dark badge, far above 3:1 and 4.5:1.
        var bar = await first.Locator("td").First.EvaluateAsync<string>("td => getComputedStyle(td).borderLeftColor + '|' + getComputedStyle(td).borderLeftWidth");
        bar.ShouldBe("rgb(127, 29, 29)|8px");
        Contrast(127, 29, 29, 255, 255, 255).ShouldBeGreaterThan(4.5);
        if (french)
        {
            Pages.EnglishOnlyPhrasesIn(await Pages.FrenchText(page)).ShouldBeEmpty();
        }

        await BrowserApp.Screenshot(page, $"board-{language}");
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task Board_WithoutScripts_FiltersKeptInTheAddressAndGroupsOpen()
    {
        var page = await SignedIn("en", scripts: false);
        await page.GotoAsync("/alerts/board");

        await page.Locator("select[name=severity]").SelectOptionAsync("medium");
        await page.Locator("input[name=overdue]").CheckAsync();
        await page.Locator("form.filters button[type=submit]").ClickAsync();
        await Assertions.Expect(page.Locator("p.range")).ToHaveTextAsync("1–1 of 1 rows (1 alerts)");
        page.Url.ShouldContain("severity=medium");
        page.Url.ShouldContain("overdue=1");
        await Assertions.Expect(page.Locator($"table.board a[href='/alerts/{Seed.OverdueMedium}']")).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("select[name=severity]")).ToHaveValueAsync("medium");

        await page.Locator("a", new() { HasText = "Clear filters" }).ClickAsync();
        await page.Locator("select[name=threat]").SelectOptionAsync("abduction");
        await page.Locator("form.filters button[type=submit]").ClickAsync();
        var row = page.Locator("table.board tbody tr");
        await Assertions.Expect(row).ToHaveCountAsync(1);
        await row.Locator("details summary").ClickAsync();
        var members = row.Locator("details li a");
        await Assertions.Expect(members).ToHaveCountAsync(3);
        await members.Nth(2).ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/alerts/(" + string.Join('|', Seed.Group) + ")$"));
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task Board_PhoneWidth_CardsWithoutHorizontalScroll()
    {
        var page = await SignedIn("en", width: 390);
        await page.GotoAsync("/alerts/board?page=12");

        (await page.EvaluateAsync<int>("document.documentElement.scrollWidth")).ShouldBeLessThanOrEqualTo(390);
        (await page.Locator("table.board tbody tr").First.EvaluateAsync<string>("tr => getComputedStyle(tr).display")).ShouldBe("block");
        await page.GotoAsync("/alerts/board");
        (await page.EvaluateAsync<int>("document.documentElement.scrollWidth")).ShouldBeLessThanOrEqualTo(390);
        await BrowserApp.Screenshot(page, "board-390-en");
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task Board_Budgets_FirstLoadSmallAndAnIdleMinuteAskOnlyForTheVersion()
    {
        var page = await SignedIn("en");
        await page.Clock.InstallAsync();
        using var meter = new TransferMeter(page);
        await page.GotoAsync("/alerts/board");
        await Assertions.Expect(page.Locator("table.board tbody tr")).ToHaveCountAsync(50);
        var requests = await meter.RequestsAsync();
        var document = requests.Where(r => new Uri(r.Url).AbsolutePath == "/alerts/board").Sum(r => r.Bytes);
        var total = requests.Sum(r => r.Bytes);

        // The HTML itself, and what gzip makes of it (compression is another part's: measured here either way).
        var html = await (await page.APIRequest.GetAsync("/alerts/board")).BodyAsync();
        using var zipped = new MemoryStream();
        await using (var gzip = new GZipStream(zipped, CompressionLevel.Optimal, leaveOpen: true))
        {
            await gzip.WriteAsync(html, TestContext.Current.CancellationToken);
        }

        Report($"board first load: {total} B over {requests.Count} requests; the page {document} B on the wire; HTML {html.Length} B, gzip {zipped.Length} B");
        foreach (var (url, bytes) in requests)
        {
            Report($"  {bytes,8} B {url}");
        }

        document.ShouldBeLessThan(40 * 1024);
        zipped.Length.ShouldBeLessThan(12 * 1024);

        // An idle minute: one check of the version (a few bytes of JSON); the page is not sent again.
        await page.Clock.RunForAsync(1000);
        meter.Reset();
        var poll = await page.RunAndWaitForRequestFinishedAsync(() => page.Clock.RunForAsync(60_000), new() { Predicate = r => r.Url.Contains("/board/version", StringComparison.Ordinal) });
        (await poll.ResponseAsync())!.Status.ShouldBe(200);
        var minute = await meter.RequestsAsync();
        Report($"idle minute: {minute.Count} request(s), {minute.Sum(r => r.Bytes)} B: " + string.Join(", ", minute.Select(r => $"{r.Url} {r.Bytes} B")));
        minute.Count.ShouldBe(1);
        minute.Sum(r => r.Bytes).ShouldBeLessThan(2048);

        // An alert changes: the next check sees a new version and the board reloads.
        await using (var scope = App.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<BluehelmDbContext>();
            var alert = await db.Set<Alert>().SingleAsync(a => a.Id == Seed.Filler[11], TestContext.Current.CancellationToken);
            alert.Note(alert.ReceivedAt, null, "test", "note");
            await db.SaveChangesAsync(TestContext.Current.CancellationToken);
        }

        var before = await page.Locator("#board").GetAttributeAsync("data-v");
        var reload = await page.RunAndWaitForResponseAsync(() => page.Clock.RunForAsync(60_000), r => r.Request.ResourceType == "document" && r.Url.EndsWith("/alerts/board", StringComparison.Ordinal));
        reload.Status.ShouldBe(200);
        await Assertions.Expect(page.Locator("#board")).Not.ToHaveAttributeAsync("data-v", before!);
        await page.Context.CloseAsync();
    }

    /// <summary>WCAG contrast ratio of two sRGB colours.</summary>
    private static double Contrast(int r1, int g1, int b1, int r2, int g2, int b2)
    {
        static double Channel(int c) => c / 255.0 <= 0.03928 ? c / 255.0 / 12.92 : Math.Pow(((c / 255.0) + 0.055) / 1.055, 2.4);
        static double Luminance(int r, int g, int b) => (0.2126 * Channel(r)) + (0.7152 * Channel(g)) + (0.0722 * Channel(b));
        var (a, b) = (Luminance(r1, g1, b1), Luminance(r2, g2, b2));
        return (Math.Max(a, b) + 0.05) / (Math.Min(a, b) + 0.05);
    }
}
