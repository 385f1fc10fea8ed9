namespace Bluehelm.IntegrationTests.Platform;

/// <summary>Sign-in attempts are limited per client address, on the API and on the page.</summary>
public sealed class RateLimitTests(AccountsApp app) : IClassFixture<AccountsApp>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task ApiLogin_MoreAttemptsThanTheLimit_Returns429WithRetryAfterAndLocalizedProblem()
    {
        var client = app.ClientAt("10.2.0.1");
        client.DefaultRequestHeaders.AcceptLanguage.ParseAdd("fr");
        for (var i = 0; i < AccountsApp.ClientPermits; i++)
        {
            (await client.PostAsJsonAsync("/api/v1/auth/login", new { email = $"guess{i}@nowhere.example", password = "Wrong-Password-1!" }, Ct)).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        }

        var response = await client.PostAsJsonAsync("/api/v1/auth/login", new { email = BluehelmApp.AdminEmail, password = BluehelmApp.AdminPassword }, Ct);

        response.StatusCode.ShouldBe(HttpStatusCode.TooManyRequests);
        response.Headers.RetryAfter!.Delta!.Value.ShouldBeGreaterThan(TimeSpan.Zero);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync(Ct));
        json.RootElement.GetProperty("code").GetString().ShouldBe("too-many-requests");
        json.RootElement.GetProperty("title").GetString()!.ShouldContain("tentatives");
        (await app.ClientAt("10.2.0.2").PostAsJsonAsync("/api/v1/auth/login", new { email = BluehelmApp.AdminEmail, password = BluehelmApp.AdminPassword }, Ct))
            .StatusCode.ShouldBe(HttpStatusCode.OK, "another client is not limited");
    }

    [Fact]
    public async Task LoginPage_MoreAttemptsThanTheLimit_Returns429PageButTheFormStillShows()
    {
        var client = app.ClientAt("10.2.1.1");
        client.DefaultRequestHeaders.AcceptLanguage.ParseAdd("fr");
        var form = await client.GetStringAsync("/account/login", Ct);
        for (var i = 0; i < AccountsApp.ClientPermits; i++)
        {
            (await client.PostAsync("/account/login", SignInForm.From(form, $"guess{i}@nowhere.example", "Wrong-Password-1!"), Ct)).StatusCode.ShouldBe(HttpStatusCode.OK);
        }

        var response = await client.PostAsync("/account/login", SignInForm.From(form, "poc.minusca@demo.bluehelm.local", BluehelmApp.DemoPassword), Ct);

        response.StatusCode.ShouldBe(HttpStatusCode.TooManyRequests);
        response.Headers.RetryAfter!.Delta!.Value.ShouldBeGreaterThan(TimeSpan.Zero);
        (await response.Content.ReadAsStringAsync(Ct)).ShouldContain("tentatives");
        (await client.GetAsync("/account/login", Ct)).StatusCode.ShouldBe(HttpStatusCode.OK);
    }
}
