using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Mvc.Testing.Handlers;

namespace Bluehelm.IntegrationTests.Platform;

/// <summary>Sign-out and lockout end every session and token of the user; the API takes no cookie for writes.</summary>
public sealed partial class SessionsTests(AccountsApp app) : IClassFixture<AccountsApp>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task SessionCookie_ReplayedAfterSignOut_IsRefused()
    {
        var jar = new CookieContainer();
        var client = app.CreateDefaultClient(new RedirectHandler(), new CookieContainerHandler(jar));
        var form = await client.GetStringAsync("/account/login", Ct);
        (await client.PostAsync("/account/login", SignInForm.From(form, "joc.minusca@demo.bluehelm.local", BluehelmApp.DemoPassword), Ct)).EnsureSuccessStatusCode();
        var cookie = jar.GetCookieHeader(client.BaseAddress!);
        cookie.ShouldContain(".Bluehelm.Session=");
        (await SignOut(client)).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await client.GetAsync("/api/v1/missions", Ct)).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);

        var replay = app.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = false });
        replay.DefaultRequestHeaders.Add("Cookie", cookie);
        var api = await replay.GetAsync("/api/v1/missions", Ct);
        var page = await replay.GetAsync("/missions/MINUSCA", Ct);

        api.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        page.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        page.Headers.Location!.ToString().ShouldContain("/account/login");
    }

    [Fact]
    public async Task BearerToken_AfterSignOutOnAPage_IsRefused()
    {
        const string email = "poc.minusca@demo.bluehelm.local";
        var bearer = await app.ClientFor(email);
        (await bearer.GetAsync("/api/v1/missions", Ct)).StatusCode.ShouldBe(HttpStatusCode.OK);
        var page = await app.PageClientFor(email);

        await SignOut(page);

        (await bearer.GetAsync("/api/v1/missions", Ct)).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task BearerTokenAndCookie_AfterLockout_AreRefused()
    {
        const string email = "commander.minusca@demo.bluehelm.local";
        var bearer = await app.ClientFor(email);
        var page = await app.PageClientFor(email);
        (await bearer.GetAsync("/api/v1/missions", Ct)).StatusCode.ShouldBe(HttpStatusCode.OK);

        // Five failures from each of four clients: the account-wide limit of twenty locks it.
        for (var c = 1; c <= 4; c++)
        {
            var client = app.ClientAt($"10.1.0.{c}");
            for (var i = 0; i < 5; i++)
            {
                await client.PostAsJsonAsync("/api/v1/auth/login", new { email, password = "Wrong-Password-1!" }, Ct);
            }
        }

        (await bearer.GetAsync("/api/v1/missions", Ct)).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        (await page.GetAsync("/api/v1/missions", Ct)).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        (await app.ClientAt("10.1.0.9").PostAsJsonAsync("/api/v1/auth/login", new { email, password = BluehelmApp.DemoPassword }, Ct)).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task SignOut_WithoutAntiforgeryToken_Returns400AndKeepsTheSession()
    {
        var client = await app.PageClientFor("vra.minusca@demo.bluehelm.local");

        var response = await client.PostAsync("/account/logout", new FormUrlEncodedContent([]), Ct);

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await client.GetAsync("/api/v1/missions", Ct)).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task ApiWrite_SessionCookieFromAnotherOrigin_IsRefusedAndImportsNothing()
    {
        var client = await app.PageClientFor("joc.minusca@demo.bluehelm.local");
        using var content = new MultipartFormDataContent();
        content.Add(new StringContent("mission,severity,description,latitude,longitude\nMINUSCA,high,Cookie-only CSRF row,4.36,18.55\n"), "file", "alerts.csv");
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/alerts/import") { Content = content };
        request.Headers.Add("Origin", "http://evil.example");

        var response = await client.SendAsync(request, Ct);

        response.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        (await client.GetStringAsync("/api/v1/alerts?pageSize=200", Ct)).ShouldNotContain("Cookie-only CSRF row");
    }

    [Fact]
    public async Task ApiRead_SessionCookie_StillServesThePagesExportLinks()
    {
        var client = await app.PageClientFor("joc.minusca@demo.bluehelm.local");

        var response = await client.GetAsync("/api/v1/alerts/export?format=csv", Ct);

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    private async Task<HttpResponseMessage> SignOut(HttpClient client)
    {
        var html = await client.GetStringAsync("/missions", Ct);
        var token = LogoutToken().Match(html).Groups["value"].Value;
        token.ShouldNotBeEmpty();
        return await client.PostAsync("/account/logout", new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = WebUtility.HtmlDecode(token) }), Ct);
    }

    [GeneratedRegex("action=\"/account/logout\"[\\s\\S]*?name=\"__RequestVerificationToken\"[^>]*value=\"(?<value>[^\"]+)\"")]
    private static partial Regex LogoutToken();
}
