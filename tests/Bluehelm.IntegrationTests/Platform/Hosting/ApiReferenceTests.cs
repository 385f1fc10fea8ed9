using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Bluehelm.IntegrationTests.Platform.Hosting;

/// <summary>The API reference: for administrators only, everything from this server, third-party parts off, in the reader's language, with a way back.</summary>
public sealed partial class ApiReferenceTests(BluehelmApp app) : IClassFixture<BluehelmApp>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task ApiReference_Anonymous_IsSentToSignIn()
    {
        using var client = app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = true });

        using var response = await client.GetAsync(new Uri("/api/reference/", UriKind.Relative), Ct);

        response.RequestMessage!.RequestUri!.AbsolutePath.ShouldBe("/account/login");
    }

    [Theory]
    [InlineData("joc.minusca@demo.bluehelm.local")]
    [InlineData("training@demo.bluehelm.local")]
    public async Task ApiReference_OtherRoles_AreRefused(string email)
    {
        using var client = await app.PageClientFor(email);

        using var response = await client.GetAsync(new Uri("/api/reference/", UriKind.Relative), Ct);

        response.RequestMessage!.RequestUri!.AbsolutePath.ShouldBe("/account/denied");
    }

    [Fact]
    public async Task ApiReference_AdminInFrench_LocalFrenchNoThirdPartyPartsAndAWayBack()
    {
        using var admin = await app.PageClientFor(BluehelmApp.AdminEmail);
        await admin.GetAsync(new Uri("/culture/fr?returnUrl=/", UriKind.Relative), Ct);

        using var response = await admin.GetAsync(new Uri("/api/reference/", UriKind.Relative), Ct);
        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync(Ct));

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        html.ShouldContain("document.documentElement.lang=\"fr\"");
        html.ShouldContain("<a href=\"/\" style=\"color:#fff\">← Retour à Bluehelm</a>");
        html.ShouldContain("<title>Référence de l’API Bluehelm</title>");
        foreach (var setting in new[] { "\"locale\":\"fr\"", "\"hideClientButton\":true", "\"telemetry\":false", "\"withDefaultFonts\":false", "\"hideDarkModeToggle\":true" })
        {
            html.ShouldContain(setting);
        }

        html.ShouldNotContain("proxyUrl");
        var scripts = ScriptSource().Matches(html).Select(m => m.Groups["src"].Value).ToList();
        scripts.ShouldNotBeEmpty();
        scripts.ShouldAllBe(src => !src.Contains("//", StringComparison.Ordinal));
        foreach (var src in scripts)
        {
            using var script = await admin.GetAsync(new Uri("/api/reference/" + src, UriKind.Relative), Ct);
            script.StatusCode.ShouldBe(HttpStatusCode.OK, src);
        }
    }

    [Fact]
    public async Task OpenApiDocument_French_DescriptionInFrench()
    {
        using var client = app.CreateClient();
        await client.GetAsync(new Uri("/culture/fr?returnUrl=/", UriKind.Relative), Ct);

        var french = await client.GetFromJsonAsync<JsonElement>("/openapi/v1.json", Ct);
        using var english = app.CreateClient();
        var plain = await english.GetFromJsonAsync<JsonElement>("/openapi/v1.json", Ct);

        french.GetProperty("info").GetProperty("description").GetString().ShouldStartWith("Plateforme de protection des civils");
        plain.GetProperty("info").GetProperty("description").GetString().ShouldStartWith("Protection-of-civilians platform");
    }

    [GeneratedRegex("<script[^>]*src=\"(?<src>[^\"]+)\"")]
    private static partial Regex ScriptSource();
}
