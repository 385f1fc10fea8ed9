namespace Bluehelm.IntegrationTests.Platform;

public sealed class AuthTests(BluehelmApp app) : IClassFixture<BluehelmApp>
{
    [Fact]
    public async Task ApiLogin_ValidCredentials_ReturnsBearerTokenAcceptedByApi()
    {
        var client = await app.ClientFor("joc.minusca@demo.bluehelm.local");

        var response = await client.GetAsync("/api/v1/missions", TestContext.Current.CancellationToken);

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken)).ShouldContain("MINUSCA");
    }

    [Fact]
    public async Task ApiLogin_WrongPassword_Returns401WithCode()
    {
        var client = app.CreateClient();

        var response = await client.PostAsJsonAsync("/api/v1/auth/login", new { email = "training@demo.bluehelm.local", password = "Wrong-Password-1!" }, TestContext.Current.CancellationToken);

        response.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        (await Code(response)).ShouldBe("invalid-credentials");
    }

    [Fact]
    public async Task ApiLogin_MalformedBody_Returns400WithCode()
    {
        var client = app.CreateClient();

        var response = await client.PostAsJsonAsync("/api/v1/auth/login", new { email = "not-an-email", password = "" }, TestContext.Current.CancellationToken);

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await Code(response)).ShouldBe("validation");
    }

    [Fact]
    public async Task ApiLogin_FiveFailures_BlocksThatClientEvenForTheRightPasswordWithoutSayingSo()
    {
        var client = app.CreateClient();
        const string email = "vra.minusca@demo.bluehelm.local";
        for (var i = 0; i < 5; i++)
        {
            var failed = await client.PostAsJsonAsync("/api/v1/auth/login", new { email, password = "Wrong-Password-1!" }, TestContext.Current.CancellationToken);
            failed.StatusCode.ShouldNotBe(HttpStatusCode.OK);
        }

        var response = await client.PostAsJsonAsync("/api/v1/auth/login", new { email, password = BluehelmApp.DemoPassword }, TestContext.Current.CancellationToken);

        response.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        (await Code(response)).ShouldBe("invalid-credentials");
    }

    [Fact]
    public async Task LoginPage_ValidCredentials_SetsCookieAndOpensMissions()
    {
        var client = app.CreateClient();
        var form = await client.GetStringAsync("/account/login", TestContext.Current.CancellationToken);

        var response = await client.PostAsync("/account/login", SignInForm.From(form, "training@demo.bluehelm.local", BluehelmApp.DemoPassword), TestContext.Current.CancellationToken);

        // A training officer's work is the missions (other roles land elsewhere: NavigationTests).
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        response.RequestMessage!.RequestUri!.AbsolutePath.ShouldBe("/missions");
        var html = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        html.ShouldContain("/missions/MINUSCA");
    }

    [Fact]
    public async Task LoginPage_WrongPassword_ShowsLocalizedErrorAndNoSession()
    {
        var client = app.CreateClient();
        client.DefaultRequestHeaders.AcceptLanguage.ParseAdd("fr");
        var form = await client.GetStringAsync("/account/login", TestContext.Current.CancellationToken);

        var response = await client.PostAsync("/account/login", SignInForm.From(form, "commander.minusca@demo.bluehelm.local", "Wrong-Password-1!"), TestContext.Current.CancellationToken);

        var html = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        html.ShouldContain("Adresse électronique ou mot de passe incorrect");
        (await client.GetAsync("/api/v1/missions", TestContext.Current.CancellationToken)).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task LoginPage_PostWithoutAntiforgeryToken_IsRejected()
    {
        var client = app.CreateClient();
        var content = new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["_handler"] = "login",
            ["Input.Email"] = "poc.minusca@demo.bluehelm.local",
            ["Input.Password"] = BluehelmApp.DemoPassword,
        });

        var response = await client.PostAsync("/account/login", content, TestContext.Current.CancellationToken);

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await client.GetAsync("/api/v1/missions", TestContext.Current.CancellationToken)).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task ProtectedPage_Anonymous_RedirectsToLogin()
    {
        var client = app.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

        var response = await client.GetAsync("/missions/MINUSCA", TestContext.Current.CancellationToken);

        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        response.Headers.Location!.ToString().ShouldContain("/account/login");
    }

    internal static async Task<string?> Code(HttpResponseMessage response)
    {
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return json.RootElement.TryGetProperty("code", out var code) ? code.GetString() : null;
    }
}
