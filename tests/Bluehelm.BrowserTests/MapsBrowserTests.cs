using System.Net.Http.Json;
using System.Text.Json;

namespace Bluehelm.BrowserTests;

/// <summary>
/// The maps as a watch officer sees them, in English and French: alerts (triangles) above sites (circles),
/// legend, scale bar, cluster counts; the Bambari alert above its site; "Zoom and pan" loading Leaflet on
/// demand under the real content security policy; and the drawn map with its table without JavaScript.
/// </summary>
public sealed class MapsBrowserTests(BrowserApp app) : IClassFixture<BrowserApp>
{
    private const string Joc = "joc.minusca@demo.bluehelm.local";

    private static readonly SemaphoreSlim Gate = new(1, 1);
    private static readonly Dictionary<BrowserApp, Guid> Bambari = [];

    /// <summary>Alerts raised once per host: one on the Bambari site, four within a kilometre in Bangui, one in Bria.</summary>
    private async Task<Guid> SeedAsync()
    {
        await Gate.WaitAsync();
        try
        {
            if (Bambari.TryGetValue(app, out var known))
            {
                return known;
            }

            using var client = await app.ClientFor(Joc);
            async Task<Guid> Raise(string severity, string threat, double lat, double lon, string place)
            {
                var response = await client.PostAsJsonAsync("/api/v1/alerts", new Dictionary<string, object?>
                {
                    ["mission"] = "MINUSCA", ["latitude"] = lat, ["longitude"] = lon, ["threatType"] = threat, ["severity"] = severity,
                    ["peopleAtRisk"] = 40, ["description"] = "carte : " + place, ["placeName"] = place,
                });
                response.EnsureSuccessStatusCode();
                return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
            }

            var bambari = await Raise("critical", "attack-on-civilians", 5.76388, 20.670733, "Bambari");
            await Raise("high", "displacement", 4.3938, 18.5599, "Bangui centre");
            await Raise("medium", "looting-or-destruction", 4.3952, 18.5621, "Bangui, Lakouanga");
            await Raise("low", "displacement", 4.3921, 18.5577, "Bangui, Sica");
            await Raise("critical", "sexual-violence", 4.3965, 18.5590, "Bangui, PK0");
            await Raise("high", "attack-on-civilians", 6.5423, 21.9860, "Bria");
            Bambari[app] = bambari;
            return bambari;
        }
        finally
        {
            Gate.Release();
        }
    }

    private async Task<IPage> SignedIn(string language, int width = 1280)
    {
        var page = await app.NewPage();
        await page.SetViewportSizeAsync(width, 900);
        await MissionsBrowserTests.SignIn(page, Joc);
        if (language == "fr")
        {
            await page.GetByRole(AriaRole.Link, new() { Name = "Français" }).ClickAsync();
            await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("Opérations de maintien de la paix");
        }

        return page;
    }

    private static async Task EmptyCache(IPage page)
    {
        var cdp = await page.Context.NewCDPSessionAsync(page);
        await cdp.SendAsync("Network.clearBrowserCache");
    }

    /// <summary>Symbols in document order (later ones are drawn on top) with their count when they cluster.</summary>
    private static Task<string[]> Symbols(IPage page, string map) =>
        page.EvaluateAsync<string[]>($"() => [...document.querySelectorAll('#{map} svg.map g.sym')].map(g => g.getAttribute('class') + '|' + (g.querySelector('.count')?.textContent ?? ''))");

    [Theory]
    [InlineData("en")]
    [InlineData("fr")]
    public async Task MissionMap_Minusca_SitesLabelledWithLegendScaleAndEverySiteCounted(string language)
    {
        var page = await SignedIn(language);

        await page.GotoAsync("/missions/MINUSCA");

        var symbols = await Symbols(page, "mission-map");
        symbols.ShouldAllBe(s => s.StartsWith("sym sym-site", StringComparison.Ordinal));
        var rows = await page.Locator("#site-table tbody tr").CountAsync();
        symbols.Sum(s => s.EndsWith('|') ? 1 : int.Parse(s[(s.IndexOf('|', StringComparison.Ordinal) + 1)..], System.Globalization.CultureInfo.InvariantCulture)).ShouldBe(rows);
        (await page.Locator("#mission-map svg.map text.label").AllTextContentsAsync()).ShouldContain(t => t.StartsWith("Bangui", StringComparison.Ordinal));
        (await page.Locator("#mission-map svg.map .scale text").TextContentAsync())!.ShouldEndWith(" km");
        var legend = await page.Locator("#mission-map .map-legend").InnerTextAsync();
        legend.ShouldContain(language == "fr" ? "Site de déploiement" : "Deployment site");
        await BrowserApp.Screenshot(page, $"mission-map-{language}");
        if (language == "fr")
        {
            Pages.EnglishOnlyPhrasesIn(await Pages.FrenchText(page)).ShouldBeEmpty();
        }
    }

    [Theory]
    [InlineData("en")]
    [InlineData("fr")]
    public async Task AlertMap_AlertsAndSites_TrianglesAboveCirclesWithLegendScaleAndClusterCount(string language)
    {
        await SeedAsync();
        var page = await SignedIn(language);

        await page.GotoAsync("/alerts/map");

        var symbols = await Symbols(page, "alert-map");
        var firstAlert = Array.FindIndex(symbols, s => s.Contains("sym-alert", StringComparison.Ordinal));
        firstAlert.ShouldBeGreaterThan(0, "sites are drawn first");
        symbols[firstAlert..].ShouldAllBe(s => s.Contains("sym-alert", StringComparison.Ordinal), "every alert is drawn above every site");
        (await page.Locator("#alert-map svg.map g.sym-alert polygon").CountAsync()).ShouldBe(symbols.Length - firstAlert);
        (await page.Locator("#alert-map svg.map g.sym-site circle").CountAsync()).ShouldBe(firstAlert);
        symbols.ShouldContain("sym sym-alert sev-critical cluster|4", "the four Bangui alerts are one triangle numbered 4, coloured by the worst");
        var legend = await page.Locator("#alert-map .map-legend").InnerTextAsync();
        legend.ShouldContain(language == "fr" ? "Alerte : Critique" : "Alert: Critical");
        legend.ShouldContain(language == "fr" ? "Plusieurs proches" : "Several nearby");
        (await page.Locator("#alert-map svg.map .scale text").TextContentAsync())!.ShouldEndWith(" km");
        (await page.Locator("#alert-table tbody tr").CountAsync()).ShouldBeGreaterThanOrEqualTo(6);
        (await page.Locator("#map-site-table a[href^='/sites/']").CountAsync()).ShouldBeGreaterThan(0);
        await BrowserApp.Screenshot(page, $"map-{language}");
        await page.SetViewportSizeAsync(390, 844);
        await BrowserApp.Screenshot(page, $"map-390-{language}");
        (await page.EvaluateAsync<bool>("() => document.documentElement.scrollWidth <= window.innerWidth")).ShouldBeTrue("no page wider than a phone (the table scrolls inside its box)");
        if (language == "fr")
        {
            Pages.EnglishOnlyPhrasesIn(await Pages.FrenchText(page)).ShouldBeEmpty();
        }
    }

    [Theory]
    [InlineData("en")]
    [InlineData("fr")]
    public async Task AlertPage_BambariAlert_DrawnAboveItsSiteAndNearestSitesNamed(string language)
    {
        var id = await SeedAsync();
        var page = await SignedIn(language);

        await page.GotoAsync($"/alerts/{id}");

        var symbols = await Symbols(page, "surroundings-map");
        symbols[^1].ShouldStartWith("sym sym-alert sev-critical", Case.Sensitive, "the alert is drawn last, above its site");
        symbols.ShouldContain(s => s.StartsWith("sym sym-site", StringComparison.Ordinal));
        // What a person sees at the alert's point is the triangle, not the site's dot beneath it.
        var top = await page.Locator("#surroundings-map svg.map g.sym-alert polygon").EvaluateAsync<string>(
            "p => { const r = p.getBoundingClientRect(); const e = document.elementFromPoint(r.x + r.width / 2, r.y + r.height * 0.6); return e.closest('g.sym')?.getAttribute('class') ?? e.tagName; }");
        top.ShouldContain("sym-alert");
        (await page.Locator("#surroundings-map svg.map text.label").AllTextContentsAsync()).ShouldContain("Bambari");
        var nearest = page.Locator("#nearest-sites tbody tr");
        (await nearest.First.InnerTextAsync()).ShouldStartWith("Bambari");
        (await nearest.First.InnerTextAsync()).ShouldContain(language == "fr" ? "0,0 km" : "0.0 km");
        (await page.Locator("#surroundings-heading").InnerTextAsync()).ShouldContain("km");
        await BrowserApp.Screenshot(page, $"alert-map-{language}");
        if (language == "fr")
        {
            Pages.EnglishOnlyPhrasesIn(await Pages.FrenchText(page)).ShouldBeEmpty();
        }
    }

    [Theory]
    [InlineData("en")]
    [InlineData("fr")]
    public async Task ZoomAndPan_AlertMap_LoadsLeafletOnDemandClustersUnderTheRealPolicyWithoutConsoleErrors(string language)
    {
        await SeedAsync();
        var page = await SignedIn(language);
        var errors = new List<string>();
        page.Console += (_, m) =>
        {
            if (m.Type is "error" or "warning")
            {
                errors.Add(m.Text);
            }
        };
        page.PageError += (_, e) => errors.Add(e);
        await EmptyCache(page);
        using var meter = new TransferMeter(page);

        await page.GotoAsync("/alerts/map");
        await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
        var plain = await meter.RequestsAsync();
        plain.ShouldNotContain(r => r.Url.Contains("leaflet", StringComparison.OrdinalIgnoreCase), "Leaflet never loads with the page");
        var plainBytes = plain.Sum(r => r.Bytes);
        (await page.Locator("#alert-map svg.map").IsVisibleAsync()).ShouldBeTrue();

        var button = page.Locator("#alert-map button.map-zoom");
        (await button.InnerTextAsync()).ShouldBe(language == "fr" ? "Zoomer et déplacer" : "Zoom and pan");
        await button.ClickAsync();
        await Assertions.Expect(page.Locator("#alert-map .map-leaflet .leaflet-marker-icon").First).ToBeVisibleAsync();
        await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
        var zoomed = await meter.RequestsAsync();
        zoomed.ShouldContain(r => r.Url.Contains("leaflet.markercluster", StringComparison.Ordinal));
        zoomed.ShouldContain(r => r.Url.Contains("/api/v1/maps/outlines/CF", StringComparison.Ordinal));
        zoomed.ShouldAllBe(r => r.Url.StartsWith(app.BaseUrl, StringComparison.Ordinal), "no request leaves the server's origin");
        (await page.Locator("#alert-map svg.map").IsVisibleAsync()).ShouldBeFalse();
        (await page.Locator("#alert-map .map-leaflet path.leaflet-interactive, #alert-map .map-leaflet svg path").CountAsync()).ShouldBeGreaterThan(3, "the outlines are drawn");
        var counts = await page.Locator("#alert-map .map-leaflet .sym-alert.cluster .count").AllTextContentsAsync();
        counts.ShouldNotBeEmpty("markercluster groups the Bangui alerts");
        counts.Select(int.Parse).Sum().ShouldBeGreaterThanOrEqualTo(4);
        (await page.Locator("#alert-map .leaflet-control-scale-line").InnerTextAsync()).ShouldContain("km");
        (await button.InnerTextAsync()).ShouldBe(language == "fr" ? "Carte simple" : "Plain map");
        var leafletBytes = zoomed.Sum(r => r.Bytes);
        TestContext.Current.SendDiagnosticMessage($"alert map {language}: first load {plainBytes} B, with Leaflet opened {leafletBytes} B in all");
        Console.WriteLine($"TRANSFER alert map {language}: first load {plainBytes} B, with Leaflet opened {leafletBytes} B");
        await BrowserApp.Screenshot(page, $"zoom-{language}");

        // The choice is remembered: the next visit opens the zoomable map directly.
        await page.GotoAsync("/alerts/map");
        await Assertions.Expect(page.Locator("#alert-map .map-leaflet .leaflet-marker-icon").First).ToBeVisibleAsync();
        await page.Locator("#alert-map button.map-zoom").ClickAsync();
        await Assertions.Expect(page.Locator("#alert-map svg.map")).ToBeVisibleAsync();
        (await page.Locator("#alert-map .map-leaflet").CountAsync()).ShouldBe(0);

        errors.ShouldBeEmpty();
    }

    [Fact]
    public async Task FirstLoad_EveryMapPage_LeafletOnlyWhenAskedAndBytesReported()
    {
        var bambari = await SeedAsync();
        var report = new List<string>();
        foreach (var (path, map) in new[] { ("/missions/MINUSCA", "mission-map"), ("/alerts/map", "alert-map"), ($"/alerts/{bambari}", "surroundings-map") })
        {
            // A fresh browser each time, its cache emptied after signing in: nothing cached, nothing remembered.
            var page = await SignedIn("en");
            await EmptyCache(page);
            using var meter = new TransferMeter(page);
            await page.GotoAsync(path);
            await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
            var plain = await meter.RequestsAsync();
            plain.ShouldNotContain(r => r.Url.Contains("leaflet", StringComparison.OrdinalIgnoreCase));
            var plainBytes = plain.Sum(r => r.Bytes);
            report.Add(path + ": " + string.Join(", ", plain.Select(r => $"{r.Url[app.BaseUrl.Length..]} {r.Bytes}")));
            await page.Locator($"#{map} button.map-zoom").ClickAsync();
            await Assertions.Expect(page.Locator($"#{map} .map-leaflet .leaflet-marker-icon").First).ToBeVisibleAsync();
            await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
            var opened = await meter.BytesAsync();
            // What the page itself will cost once responses are compressed (Brotli at ASP.NET Core's default, fastest, level).
            var html = System.Text.Encoding.UTF8.GetBytes(await page.EvaluateAsync<string>($"() => fetch('{path}').then(r => r.text())"));
            using var packed = new MemoryStream();
            using (var brotli = new System.IO.Compression.BrotliStream(packed, System.IO.Compression.CompressionLevel.Fastest, leaveOpen: true))
            {
                brotli.Write(html);
            }

            report.Add($"{path}: first load {plainBytes} B; with Leaflet opened {opened} B; its HTML {html.Length} B, {packed.Length} B with Brotli");
            await page.Context.DisposeAsync();
        }

        Console.WriteLine("TRANSFER " + string.Join(" | ", report));
    }

    [Fact]
    public async Task NoJavaScript_AlertAndMissionMaps_DrawnMapAndTablesRemainWithoutTheButton()
    {
        await SeedAsync();
        var context = await app.Browser.NewContextAsync(new() { BaseURL = app.BaseUrl, Locale = "en-GB", JavaScriptEnabled = false });
        var page = await context.NewPageAsync();
        await MissionsBrowserTests.SignIn(page, Joc);

        await page.GotoAsync("/alerts/map");

        (await page.Locator("#alert-map svg.map g.sym-alert").CountAsync()).ShouldBeGreaterThan(0);
        (await page.Locator("#alert-table tbody tr").CountAsync()).ShouldBeGreaterThanOrEqualTo(6);
        (await page.Locator("#alert-map button.map-zoom").IsVisibleAsync()).ShouldBeFalse();
        await page.GotoAsync("/missions/MINUSCA");
        (await page.Locator("#mission-map svg.map g.sym-site").CountAsync()).ShouldBeGreaterThan(0);
        (await page.Locator("#site-table tbody tr").CountAsync()).ShouldBe(28);
        (await page.Locator("#mission-map button.map-zoom").IsVisibleAsync()).ShouldBeFalse();
        await context.DisposeAsync();
    }
}
