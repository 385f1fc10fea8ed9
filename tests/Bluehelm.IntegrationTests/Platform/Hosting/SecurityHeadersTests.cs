using System.Net.Http.Headers;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Bluehelm.IntegrationTests.Platform.Hosting;

/// <summary>Security headers on every response, no caching of data, an OpenAPI document that ignores the Host header.</summary>
public sealed class SecurityHeadersTests(BluehelmApp app) : IClassFixture<BluehelmApp>
{
    public static TheoryData<string> Addresses => ["/", "/account/login", "/app.css", "/health/live", "/no/such/page", "/api/v1/alerts", "/api/v1/no-such", "/openapi/v1.json", "/culture/fr?returnUrl=/"];

    [Theory]
    [MemberData(nameof(Addresses))]
    public async Task AnyResponse_Anonymous_CarriesThePolicyHeaders(string address)
    {
        using var client = app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

        using var response = await client.GetAsync(new Uri(address, UriKind.Relative), TestContext.Current.CancellationToken);

        var csp = Header(response, "Content-Security-Policy");
        csp.ShouldContain("default-src 'self'");
        csp.ShouldContain("frame-ancestors 'none'");
        csp.ShouldContain("object-src 'none'");
        csp.ShouldNotContain("unsafe-inline");
        Header(response, "X-Content-Type-Options").ShouldBe("nosniff");
        Header(response, "X-Frame-Options").ShouldBe("DENY");
        Header(response, "Referrer-Policy").ShouldBe("same-origin");
    }

    [Fact]
    public async Task ApiReference_Admin_HasItsOwnPolicyThatLetsScalarRun()
    {
        using var admin = await app.PageClientFor(BluehelmApp.AdminEmail);
        using var response = await admin.GetAsync(new Uri("/api/reference", UriKind.Relative), TestContext.Current.CancellationToken);

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        var csp = Header(response, "Content-Security-Policy");
        csp.ShouldContain("script-src 'self' 'unsafe-inline'");
        csp.ShouldContain("frame-ancestors 'none'");
        Header(response, "X-Content-Type-Options").ShouldBe("nosniff");
    }

    [Fact]
    public async Task JsonAndCsv_SignedIn_AreNeverStored()
    {
        var ct = TestContext.Current.CancellationToken;
        using var client = await app.ClientFor("joc.minusca@demo.bluehelm.local");

        foreach (var address in (string[])["/api/v1/alerts?mission=MINUSCA", "/api/v1/alerts/export?mission=MINUSCA&format=csv", "/api/v1/no-such", "/api/v1/auth/me"])
        {
            using var response = await client.GetAsync(new Uri(address, UriKind.Relative), ct);
            var type = response.Content.Headers.ContentType?.MediaType ?? "";
            if (type.Contains("json", StringComparison.Ordinal) || type.Contains("csv", StringComparison.Ordinal))
            {
                (response.Headers.CacheControl?.NoStore ?? false).ShouldBeTrue(address);
            }
        }

        using var csv = await client.GetAsync(new Uri("/api/v1/alerts/export?mission=MINUSCA&format=csv", UriKind.Relative), ct);
        csv.StatusCode.ShouldBe(HttpStatusCode.OK);
        csv.Content.Headers.ContentType?.MediaType.ShouldBe("text/csv");
        (csv.Headers.CacheControl?.NoStore ?? false).ShouldBeTrue();
        using var json = await client.GetAsync(new Uri("/api/v1/alerts?mission=MINUSCA", UriKind.Relative), ct);
        (json.Headers.CacheControl?.NoStore ?? false).ShouldBeTrue();
    }

    [Fact]
    public async Task OpenApiDocument_ForgedHost_ServersEntryIsRelative()
    {
        using var client = app.CreateClient(new WebApplicationFactoryClientOptions { BaseAddress = new Uri("http://evil.example/") });

        var text = await client.GetStringAsync(new Uri("/openapi/v1.json", UriKind.Relative), TestContext.Current.CancellationToken);

        text.ShouldNotContain("evil.example");
        using var document = JsonDocument.Parse(text);
        document.RootElement.GetProperty("servers")[0].GetProperty("url").GetString().ShouldBe("/");
    }

    private static string Header(HttpResponseMessage response, string name) =>
        response.Headers.TryGetValues(name, out var values) ? string.Join(", ", values)
        : response.Content.Headers.TryGetValues(name, out var content) ? string.Join(", ", content)
        : "";
}

/// <summary>
/// A real server process behind a (simulated) TLS proxy: X-Forwarded-Proto is believed from loopback
/// by default, so cookies stay Secure and HSTS is sent; from an address not configured as a proxy it
/// is ignored. In production the demo accounts are not seeded unless asked.
/// </summary>
public sealed class ForwardedHeadersTests
{
    [Fact]
    public async Task BehindTlsProxyOnLoopback_Production_CookiesSecureAndHstsAndNoDemoAccounts()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var set = await ServerSet.CreateAsync("Production");
        var server = await set.StartAsync(ct);

        using var proxied = await CultureSwitchAsync(server, forwardedProto: "https", ct);
        SetCookie(proxied).ShouldContain("secure", Case.Insensitive);
        proxied.Headers.Contains("Strict-Transport-Security").ShouldBeTrue();

        using var direct = await CultureSwitchAsync(server, forwardedProto: null, ct);
        SetCookie(direct).ShouldNotContain("secure", Case.Insensitive);
        direct.Headers.Contains("Strict-Transport-Security").ShouldBeFalse("HSTS only over HTTPS");

        using var demo = await ServerSet.LoginAsync(server, ServerSet.JocEmail, ServerSet.DemoPassword, ct);
        demo.StatusCode.ShouldNotBe(HttpStatusCode.OK, "no demo accounts in production unless asked");
        using var admin = await ServerSet.LoginAsync(server, ServerSet.AdminEmail, ServerSet.AdminPassword, ct);
        admin.StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task ForwardedProto_FromAnAddressNotConfiguredAsProxy_IsIgnored()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var set = await ServerSet.CreateAsync("Production", sqlite: true);
        var server = await set.StartAsync(ct, new Dictionary<string, string?> { ["Bluehelm__ForwardedHeaders__KnownProxies"] = "192.0.2.10" });

        using var response = await CultureSwitchAsync(server, forwardedProto: "https", ct);

        SetCookie(response).ShouldNotContain("secure", Case.Insensitive);
        response.Headers.Contains("Strict-Transport-Security").ShouldBeFalse();
    }

    private static async Task<HttpResponseMessage> CultureSwitchAsync(ServerProcess server, string? forwardedProto, CancellationToken ct)
    {
        using var client = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false, UseCookies = false }) { BaseAddress = server.BaseAddress };
        using var request = new HttpRequestMessage(HttpMethod.Get, "culture/fr?returnUrl=/");
        request.Headers.Host = "bluehelm.example";
        if (forwardedProto is not null)
        {
            request.Headers.Add("X-Forwarded-Proto", forwardedProto);
            request.Headers.Add("X-Forwarded-For", "203.0.113.7");
        }

        var response = await client.SendAsync(request, ct);
        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        return response;
    }

    private static string SetCookie(HttpResponseMessage response) =>
        response.Headers.TryGetValues("Set-Cookie", out var values) ? string.Join("\n", values) : "";
}
