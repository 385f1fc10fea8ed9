using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;

namespace Bluehelm.BrowserTests;

/// <summary>
/// Signed-in sessions for the visitors of <see cref="SiteTour"/>, in one language, kept as storage
/// state (cookies) so that each page can be opened in a fresh context: its own cold cache, no
/// sign-in traffic in what it measures.
/// </summary>
internal sealed class TourVisitors(BrowserApp app, string language)
{
    private readonly Dictionary<SiteTour.Visitor, string> _states = [];

    public string Locale => language == "fr" ? "fr-FR" : "en-GB";

    /// <summary>
    /// The tour's alert page needs an alert of MINUSCA (the demo has none): raised through the API
    /// by the JOC officer when there is none yet.
    /// </summary>
    public static async Task EnsureAlertAsync(BrowserApp app)
    {
        using var client = new HttpClient { BaseAddress = new Uri(app.BaseUrl) };
        const string joc = "joc.minusca@demo.bluehelm.local";
        var login = await client.PostAsJsonAsync("/api/v1/auth/login", new { email = joc, password = BluehelmApp.PasswordOf(joc) });
        login.EnsureSuccessStatusCode();
        var token = (await login.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("accessToken").GetString();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        var alerts = await client.GetFromJsonAsync<JsonElement>("/api/v1/alerts?mission=MINUSCA");
        if (alerts.ValueKind == JsonValueKind.Array ? alerts.GetArrayLength() > 0 : alerts.GetProperty("items").GetArrayLength() > 0)
        {
            return;
        }

        var raised = await client.PostAsJsonAsync("/api/v1/alerts", new Dictionary<string, object>
        {
            ["mission"] = "MINUSCA",
            ["latitude"] = 5.75,
            ["longitude"] = 20.6,
            ["threatType"] = "attack-on-civilians",
            ["severity"] = "high",
            ["peopleAtRisk"] = 40,
            ["description"] = "Armed men seen near the Bambari market (tour)",
        });
        raised.StatusCode.ShouldBe(System.Net.HttpStatusCode.Created);
    }

    /// <summary>A fresh context (cold cache) signed in as <paramref name="visitor"/>, in the language, at the given viewport.</summary>
    public async Task<IBrowserContext> ContextFor(SiteTour.Visitor visitor, int width = 1280, int height = 900, bool javaScript = true)
    {
        var context = await app.Browser.NewContextAsync(new()
        {
            BaseURL = app.BaseUrl,
            Locale = Locale,
            StorageState = await StateOf(visitor),
            ViewportSize = new() { Width = width, Height = height },
            JavaScriptEnabled = javaScript,
        });
        context.SetDefaultTimeout(15_000);
        return context;
    }

    private async Task<string> StateOf(SiteTour.Visitor visitor)
    {
        if (_states.TryGetValue(visitor, out var state))
        {
            return state;
        }

        await using var context = await app.Browser.NewContextAsync(new() { BaseURL = app.BaseUrl, Locale = Locale });
        var page = await context.NewPageAsync();
        if (SiteTour.EmailOf(visitor) is { } email)
        {
            await MissionsBrowserTests.SignInAndLand(page, email);
        }

        await page.GotoAsync($"/culture/{language}?returnUrl=%2Fabout%2Fdata");
        (await page.EvaluateAsync<string>("document.documentElement.lang")).ShouldBe(language);
        state = await context.StorageStateAsync();
        _states[visitor] = state;
        return state;
    }
}
