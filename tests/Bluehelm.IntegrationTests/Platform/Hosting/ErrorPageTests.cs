using System.Data.Common;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;

namespace Bluehelm.IntegrationTests.Platform.Hosting;

/// <summary>
/// Errors never show the developer exception page (stack trace, every request header) unless
/// <c>Bluehelm:DetailedErrors=true</c>, also when started as the README says (Development); the
/// culture switch's return address cannot make the server throw or redirect elsewhere.
/// </summary>
public sealed class ErrorPageTests
{
    private const string Canary = "Bearer canary-token-7f3a";

    [Fact]
    public async Task CultureSwitch_ReturnUrlWithControlCharacterOrOtherHost_RedirectsHomeOnTheDevelopmentServer()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var set = await ServerSet.CreateAsync("Development");
        var server = await set.StartAsync(ct);
        using var client = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false }) { BaseAddress = server.BaseAddress };

        foreach (var returnUrl in (string[])["/%09/evil.example", "/%0d%0a/evil.example", "/%0a/x", "//evil.example", "/%5cevil.example", "https://evil.example/", "/x%00y"])
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, "culture/fr?returnUrl=" + returnUrl);
            request.Headers.TryAddWithoutValidation("Authorization", Canary);
            using var response = await client.SendAsync(request, ct);
            var body = await response.Content.ReadAsStringAsync(ct);

            response.StatusCode.ShouldBe(HttpStatusCode.Redirect, returnUrl + ": " + body);
            response.Headers.Location?.OriginalString.ShouldBe("/", returnUrl);
            body.ShouldNotContain("canary-token", Case.Insensitive);
        }

        using var local = await client.GetAsync(new Uri("culture/fr?returnUrl=%2Falerts%2Fboard%3Fmission%3DMINUSCA", UriKind.Relative), ct);
        local.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        local.Headers.Location?.OriginalString.ShouldBe("/alerts/board?mission=MINUSCA");

        // The README's run (Development) still gives a seeded demo.
        using var demo = await ServerSet.LoginAsync(server, ServerSet.JocEmail, ServerSet.DemoPassword, ct);
        demo.StatusCode.ShouldBe(HttpStatusCode.OK, await demo.Content.ReadAsStringAsync(ct));
        server.Output.ShouldContain("stored unencrypted");
    }

    [Fact]
    public async Task UnhandledException_InDevelopment_AnswersTheProductionProblemWithoutHeadersOrStackTrace()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var app = new FailingApp("Development", detailed: false);
        await app.InitializeAsync();
        using var client = app.CreateClient();

        using var api = await SendFailingAsync(client, "/api/v1/auth/login", "application/json", ct);
        var apiBody = await api.Content.ReadAsStringAsync(ct);
        api.StatusCode.ShouldBe(HttpStatusCode.InternalServerError);
        apiBody.ShouldNotContain("canary-token");
        apiBody.ShouldNotContain("FailingInterceptor");
        JsonDocument.Parse(apiBody).RootElement.GetProperty("code").GetString().ShouldBe("error");

        using var page = await SendFailingAsync(client, "/api/v1/auth/login", "text/html", ct);
        var pageBody = await page.Content.ReadAsStringAsync(ct);
        pageBody.ShouldNotContain("canary-token");
        pageBody.ShouldNotContain("FailingInterceptor");
    }

    [Fact]
    public async Task UnhandledException_DetailedErrorsAskedFor_ShowsTheDeveloperPage()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var app = new FailingApp("Development", detailed: true);
        await app.InitializeAsync();
        using var client = app.CreateClient();

        using var response = await SendFailingAsync(client, "/api/v1/auth/login", "text/plain", ct);

        response.StatusCode.ShouldBe(HttpStatusCode.InternalServerError);
        (await response.Content.ReadAsStringAsync(ct)).ShouldContain("FailingInterceptor");
    }

    private static async Task<HttpResponseMessage> SendFailingAsync(HttpClient client, string path, string accept, CancellationToken ct)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, path)
        {
            Content = JsonContent.Create(new { email = ServerSet.JocEmail, password = "whatever-it-is-1A!" }),
        };
        request.Headers.TryAddWithoutValidation("Authorization", Canary);
        request.Headers.TryAddWithoutValidation("Accept", accept);
        request.Headers.Add(FailingInterceptor.Header, "1");
        return await client.SendAsync(request, ct);
    }

    /// <summary>The real host in the given environment, whose database fails for requests carrying <see cref="FailingInterceptor.Header"/>.</summary>
    private sealed class FailingApp(string environment, bool detailed) : BluehelmApp
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseEnvironment(environment);
            builder.UseSetting("Bluehelm:DetailedErrors", detailed ? "true" : "false");
            builder.ConfigureTestServices(s => s.AddSingleton<IInterceptor, FailingInterceptor>());
        }
    }

    private sealed class FailingInterceptor(IHttpContextAccessor http) : DbConnectionInterceptor
    {
        public const string Header = "X-Test-Database-Fails";

        public override ValueTask<InterceptionResult> ConnectionOpeningAsync(DbConnection connection, ConnectionEventData eventData, InterceptionResult result, CancellationToken cancellationToken = default) =>
            http.HttpContext?.Request.Headers.ContainsKey(Header) == true
                ? throw new InvalidOperationException("FailingInterceptor: the database is down for this test")
                : ValueTask.FromResult(result);

        public override InterceptionResult ConnectionOpening(DbConnection connection, ConnectionEventData eventData, InterceptionResult result) =>
            http.HttpContext?.Request.Headers.ContainsKey(Header) == true
                ? throw new InvalidOperationException("FailingInterceptor: the database is down for this test")
                : result;
    }
}
