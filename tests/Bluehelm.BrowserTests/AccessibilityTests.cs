using System.Net.Http.Json;
using System.Text.Json;

namespace Bluehelm.BrowserTests;

/// <summary>
/// axe-core (from npm, the version in package.json) run in Chromium over every page of the
/// <see cref="SiteTour"/> in English and French, scripts enabled: no serious or critical violation
/// (contrast of text and controls, labels, names, languages, ARIA). axe is evaluated through the
/// DevTools protocol (<c>page.EvaluateAsync</c>), which the pages' CSP does not govern, so the
/// pages are tested with their real policy (no <c>BypassCSP</c>).
/// </summary>
public sealed class AccessibilityTests(BrowserApp app) : IClassFixture<BrowserApp>
{
    private static readonly Lazy<string> AxeSource = new(() =>
    {
        var path = Path.Combine(RepoPaths.Root, "node_modules", "axe-core", "axe.min.js");
        return File.Exists(path)
            ? File.ReadAllText(path)
            : throw new FileNotFoundException($"axe-core is missing at {path}: run `npm ci` at the repository root (./test.sh does it).", path);
    });

    /// <summary>The serious and critical violations axe finds on the page, one line per element: rule, impact, target, what is wrong.</summary>
    internal static async Task<List<string>> ViolationsAsync(IPage page)
    {
        if (!await page.EvaluateAsync<bool>("() => typeof window.axe === 'object'"))
        {
            await page.EvaluateAsync(AxeSource.Value);
        }

        var result = await page.EvaluateAsync<JsonElement>("""
            async () => {
                const r = await axe.run(document, { resultTypes: ['violations'] });
                return {
                    passes: r.passes.length,
                    violations: r.violations
                        .filter(v => v.impact === 'serious' || v.impact === 'critical')
                        .flatMap(v => v.nodes.map(n => `${v.id} (${v.impact}) at ${n.target.join(' ')}: ${n.failureSummary.replace(/\s+/g, ' ')}`)),
                };
            }
            """);
        result.GetProperty("passes").GetInt32().ShouldBeGreaterThan(0, "axe checked nothing: was it injected?");
        return [.. result.GetProperty("violations").EnumerateArray().Select(v => v.GetString()!)];
    }

    private async Task EnsureAnAlert()
    {
        var joc = await app.ClientFor(SiteTour.EmailOf(SiteTour.Visitor.Joc)!);
        var alerts = await joc.GetFromJsonAsync<JsonElement>("/api/v1/alerts?mission=MINUSCA");
        if (alerts.ValueKind == JsonValueKind.Array && alerts.GetArrayLength() > 0)
        {
            return;
        }

        var response = await joc.PostAsJsonAsync("/api/v1/alerts", new Dictionary<string, object?>
        {
            ["mission"] = "MINUSCA", ["latitude"] = 5.75, ["longitude"] = 20.6, ["threatType"] = "attack-on-civilians", ["severity"] = "high",
            ["peopleAtRisk"] = 30, ["placeName"] = "Bambari", ["description"] = "Hommes armés signalés près du marché",
        });
        response.EnsureSuccessStatusCode();
    }

    /// <summary>Signs in through the sign-in page and waits to leave it, wherever the role lands.</summary>
    internal static async Task SignIn(IPage page, string email)
    {
        await page.GotoAsync("/account/login");
        await page.Locator("#email").FillAsync(email);
        await page.Locator("#password").FillAsync(BluehelmApp.PasswordOf(email));
        await page.Locator("form.form button[type=submit]").ClickAsync();
        await page.WaitForURLAsync(url => !url.Contains("/account/login", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("en-GB")]
    [InlineData("fr-FR")]
    public async Task EveryPage_Axe_NoSeriousOrCriticalViolation(string locale)
    {
        await EnsureAnAlert();
        var found = new List<string>();
        var pages = new Dictionary<SiteTour.Visitor, IPage>();
        foreach (var (template, path, visitor) in await SiteTour.PathsAsync(app))
        {
            if (!pages.TryGetValue(visitor, out var page))
            {
                page = pages[visitor] = await app.NewPage(locale);
                if (SiteTour.EmailOf(visitor) is { } email)
                {
                    await SignIn(page, email);
                }
            }

            var response = await page.GotoAsync(path);
            response.ShouldNotBeNull(path);
            response.Ok.ShouldBeTrue($"{path} answered {response.Status}");
            await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
            (await page.Locator("html").GetAttributeAsync("lang")).ShouldBe(locale[..2], path);
            found.AddRange((await ViolationsAsync(page)).Select(v => $"{template} ({visitor}): {v}"));
        }

        found.ShouldBeEmpty($"axe-core found serious or critical violations ({locale}):\n" + string.Join('\n', found));
    }

    [Fact]
    public async Task Axe_PageWithAnUnlabelledField_ReportsIt()
    {
        var page = await app.NewPage();
        await page.GotoAsync("/account/login");
        await page.EvaluateAsync("() => { const i = document.createElement('input'); i.id = 'nameless'; document.querySelector('main').appendChild(i); }");

        var violations = await ViolationsAsync(page);

        violations.ShouldContain(v => v.StartsWith("label (critical) at #nameless", StringComparison.Ordinal));
    }
}
