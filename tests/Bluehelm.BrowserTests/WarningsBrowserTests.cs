using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;

namespace Bluehelm.BrowserTests;

/// <summary>
/// Early warnings clicked through in Chromium, in English and in French: a POC adviser drafts a warning
/// by the form, a second POC adviser approves it, and anyone reads it in the Atom feed and as CAP.
/// </summary>
public sealed class WarningsBrowserTests(BrowserApp app) : IClassFixture<BrowserApp>
{
    private const string Poc = "poc.minusca@demo.bluehelm.local";
    private const string Poc2 = "poc2.minusca@demo.bluehelm.local";

    [Theory]
    [InlineData("en")]
    [InlineData("fr")]
    public async Task PocAdvisers_DraftAndApproveWarning_ReadInTheFeed(string language)
    {
        var french = language == "fr";
        var locale = french ? "fr-FR" : "en-GB";
        var run = Guid.NewGuid().ToString("N");
        var headline = $"Attacks likely near Bambari ({language} {run})";
        var headlineFr = $"Attaques probables près de Bambari ({language} {run})";
        var author = await app.NewPage(locale);
        await SignIn(author, Poc);

        await author.GotoAsync("/warnings/new");
        await Assertions.Expect(author.Locator("h1")).ToHaveTextAsync(french ? "Rédiger une alerte" : "Draft a warning");
        await author.Locator("#urgency").SelectOptionAsync("Immediate");
        await author.Locator("#headlineEn").FillAsync(headline);
        await author.Locator("#headlineFr").FillAsync(headlineFr);
        await author.Locator("#descriptionEn").FillAsync("Armed elements gathering east of Bambari.");
        await author.Locator("#descriptionFr").FillAsync("Des éléments armés se regroupent à l'est de Bambari.");
        await author.Locator("#areaDesc").FillAsync("Bambari");
        // A crossing polygon first: refused at its field, in the page's language.
        await author.Locator("#polygon").FillAsync("5.6,20.5 5.9,20.85 5.6,20.85 5.9,20.5");
        await author.Locator("form.form button[type=submit]").ClickAsync();
        await Assertions.Expect(author.Locator("#polygon-error")).ToContainTextAsync(french ? "se croisent" : "cross each other");
        await author.Locator("#polygon").FillAsync("5.6,20.5 5.6,20.85 5.9,20.85 5.9,20.5");
        await author.Locator("form.form button[type=submit]").ClickAsync();
        await author.WaitForURLAsync(url => new Uri(url).AbsolutePath.StartsWith("/warnings/", StringComparison.Ordinal) && !url.EndsWith("/new", StringComparison.Ordinal));
        var path = new Uri(author.Url).AbsolutePath;
        await Assertions.Expect(author.Locator(".warning-status")).ToHaveTextAsync(french ? "Brouillon, en attente d'approbation" : "Draft, awaiting approval");
        (await author.Locator("#warning-area-table tbody tr").CountAsync()).ShouldBe(4);

        // The author's own approval is refused with the reason.
        await author.Locator("#approve").ClickAsync();
        await Assertions.Expect(author.Locator("#warning-message")).ToContainTextAsync(french ? "un autre conseiller" : "another POC adviser");
        if (french)
        {
            Pages.EnglishOnlyPhrasesIn(await Pages.FrenchText(author)).ShouldBeEmpty();
        }

        var approver = await app.NewPage(locale);
        await SignIn(approver, Poc2);
        await approver.GotoAsync(path);
        await approver.Locator("#approve").ClickAsync();
        await Assertions.Expect(approver.Locator(".warning-status")).ToHaveTextAsync(french ? "Émise" : "Issued");
        await Assertions.Expect(approver.Locator("#warning-history tbody tr")).ToHaveCountAsync(1);
        await BrowserApp.Screenshot(approver, "warning-" + language);

        var reader = await app.NewPage(locale);
        // A feed reader (the browser offers the feed as a download): fetched with the page's own context.
        var feed = await reader.APIRequest.GetAsync("/feeds/warnings.atom", new() { Headers = new Dictionary<string, string> { ["Accept-Language"] = locale } });
        feed.Status.ShouldBe(200);
        var atom = await feed.TextAsync();
        atom.ShouldContain(french ? headlineFr : headline);
        atom.ShouldContain(french ? "Alertes précoces Bluehelm" : "Bluehelm early warnings");
        var cap = await reader.APIRequest.GetAsync("/api/v1" + path + "/cap");
        (await cap.TextAsync()).ShouldContain("<msgType>Alert</msgType>");
    }

    /// <summary>Signs in on the sign-in page and waits to leave it (each role lands somewhere else).</summary>
    private static async Task SignIn(IPage page, string email)
    {
        await page.GotoAsync("/account/login");
        await page.Locator("#email").FillAsync(email);
        await page.Locator("#password").FillAsync(BluehelmApp.PasswordOf(email));
        await page.Locator("form.form button[type=submit]").ClickAsync();
        await page.WaitForURLAsync(url => new Uri(url).AbsolutePath != "/account/login", new() { WaitUntil = WaitUntilState.Commit, Timeout = 30_000 });
    }

    /// <summary>
    /// The tour's warning pages need a warning and a received CAP alert (the demo has none): drafted by the
    /// POC adviser and posted by the JOC officer through the API when there are none yet.
    /// </summary>
    internal static async Task<(Guid Warning, Guid Received)> EnsureTourDataAsync(BrowserApp app)
    {
        async Task<HttpClient> Client(string email)
        {
            var client = new HttpClient { BaseAddress = new Uri(app.BaseUrl) };
            var login = await client.PostAsJsonAsync("/api/v1/auth/login", new { email, password = BluehelmApp.PasswordOf(email) });
            login.EnsureSuccessStatusCode();
            client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", (await login.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("accessToken").GetString());
            return client;
        }

        using var poc = await Client(Poc);
        var list = await poc.GetFromJsonAsync<JsonElement>("/api/v1/warnings");
        Guid warning;
        if (list.GetArrayLength() > 0)
        {
            warning = list[0].GetProperty("id").GetGuid();
        }
        else
        {
            var drafted = await poc.PostAsJsonAsync("/api/v1/warnings", new Dictionary<string, object>
            {
                ["mission"] = "MINUSCA", ["threatType"] = "attack-on-civilians", ["urgency"] = "expected", ["severity"] = "severe", ["certainty"] = "likely",
                ["scope"] = "public", ["headlineEn"] = "Attacks likely around Bambari", ["headlineFr"] = "Attaques probables autour de Bambari",
                ["descriptionEn"] = "Armed elements gathering east of Bambari.", ["descriptionFr"] = "Des éléments armés se regroupent à l'est de Bambari.",
                ["areaDesc"] = "Bambari", ["circle"] = "5.76,20.67 15", ["expires"] = TimeProvider.System.GetUtcNow().AddDays(7),
            });
            drafted.EnsureSuccessStatusCode();
            warning = (await drafted.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
        }

        using var joc = await Client("joc.minusca@demo.bluehelm.local");
        var content = new ByteArrayContent(await File.ReadAllBytesAsync(Path.Combine(RepoPaths.Root, "tests", "Bluehelm.Tests", "Warnings", "Files", "multi-info-area.xml")));
        content.Headers.ContentType = new MediaTypeHeaderValue("application/cap+xml");
        var received = await joc.PostAsync("/api/v1/warnings/cap", content);
        received.EnsureSuccessStatusCode();
        return (warning, (await received.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid());
    }
}
