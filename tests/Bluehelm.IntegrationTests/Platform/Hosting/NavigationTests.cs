using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Bluehelm.IntegrationTests.Platform.Hosting;

/// <summary>
/// Where each role lands after signing in, and that the menu offers a role only what opens for it
/// (no "New alert" leading to "Access denied"), for every demo role and the administrator.
/// </summary>
public sealed partial class NavigationTests(BluehelmApp app) : IClassFixture<BluehelmApp>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public static TheoryData<string, string> Landings => new()
    {
        { "joc.minusca@demo.bluehelm.local", "/alerts/board" },
        { "commander.minusca@demo.bluehelm.local", "/alerts/board" },
        { "poc.minusca@demo.bluehelm.local", "/missions/MINUSCA" },
        { BluehelmApp.AdminEmail, "/admin/audit" },
        { "conduct.minusca@demo.bluehelm.local", "/missions" },
        { "vra.minusca@demo.bluehelm.local", "/missions" },
        { "forcegen@demo.bluehelm.local", "/missions" },
        { "delegation.sn@demo.bluehelm.local", "/missions" },
        { "training@demo.bluehelm.local", "/missions" },
    };

    public static TheoryData<string> Everyone => [.. Landings.Select(row => row.Data.Item1)];

    [Theory]
    [MemberData(nameof(Landings))]
    public async Task SignIn_NoReturnUrl_LandsWhereTheRolesWorkIs(string email, string expected)
    {
        using var client = app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

        using var response = await SignIn(client, email, "/account/login");

        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var location = new Uri(client.BaseAddress!, response.Headers.Location!);
        location.PathAndQuery.ShouldBe(expected);
        using var landing = await client.GetAsync(location, Ct);
        landing.StatusCode.ShouldBe(HttpStatusCode.OK, $"{email} lands on {expected}");
    }

    [Fact]
    public async Task SignIn_WithReturnUrl_GoesThereInstead()
    {
        using var client = app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

        using var response = await SignIn(client, "joc.minusca@demo.bluehelm.local", "/account/login?ReturnUrl=%2Fabout%2Fdata");

        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        new Uri(client.BaseAddress!, response.Headers.Location!).PathAndQuery.ShouldBe("/about/data");
    }

    [Theory]
    [MemberData(nameof(Everyone))]
    public async Task Menu_EveryLinkARoleSees_OpensForThatRole(string email)
    {
        using var client = await app.PageClientFor(email);
        var links = await MenuLinks(client);
        links.ShouldNotBeEmpty();

        foreach (var link in links)
        {
            using var response = await client.GetAsync(new Uri(link, UriKind.Relative), Ct);
            response.StatusCode.ShouldBe(HttpStatusCode.OK, $"{email}: {link}");
            response.RequestMessage!.RequestUri!.AbsolutePath.TrimEnd('/').ShouldBe(link, $"{email}: {link} was redirected");
        }
    }

    [Theory]
    [InlineData("joc.minusca@demo.bluehelm.local", new[] { "/alerts/board", "/alerts", "/alerts/new", "/alerts/import", "/missions", "/about/data" }, new[] { "/admin/audit", "/api/reference" })]
    [InlineData("commander.minusca@demo.bluehelm.local", new[] { "/alerts/board", "/alerts", "/missions" }, new[] { "/alerts/new", "/alerts/import", "/admin/audit", "/api/reference" })]
    [InlineData("poc.minusca@demo.bluehelm.local", new[] { "/alerts/board", "/alerts", "/missions" }, new[] { "/alerts/new", "/alerts/import", "/admin/audit", "/api/reference" })]
    [InlineData("training@demo.bluehelm.local", new[] { "/missions", "/about/data" }, new[] { "/alerts/board", "/alerts/new", "/admin/audit", "/api/reference" })]
    [InlineData(BluehelmApp.AdminEmail, new[] { "/alerts/new", "/alerts/import", "/admin/audit", "/api/reference" }, new string[0])]
    public async Task Menu_ForARole_ShowsWhatItMayOpenAndNothingElse(string email, string[] shown, string[] hidden)
    {
        using var client = await app.PageClientFor(email);

        var links = await MenuLinks(client);

        shown.Where(l => !links.Contains(l)).ShouldBeEmpty();
        links.ShouldNotContain(l => hidden.Contains(l));
    }

    [Fact]
    public async Task Menu_Anonymous_OnlyThePublicPages()
    {
        using var client = app.CreateClient();

        var links = await MenuLinks(client);

        links.ShouldBe(["/about/data"]);
    }

    private async Task<HttpResponseMessage> SignIn(HttpClient client, string email, string address)
    {
        var form = await client.GetStringAsync(new Uri(address, UriKind.Relative), Ct);
        return await client.PostAsync(new Uri(address, UriKind.Relative), SignInForm.From(form, email, BluehelmApp.PasswordOf(email)), Ct);
    }

    /// <summary>The links of the main navigation of the home page, as the role sees it.</summary>
    private static async Task<List<string>> MenuLinks(HttpClient client)
    {
        var html = await client.GetStringAsync(new Uri("/", UriKind.Relative), Ct);
        var nav = MainNav().Match(html);
        nav.Success.ShouldBeTrue("the page has a main navigation");
        return [.. Href().Matches(nav.Value).Select(m => WebUtility.HtmlDecode(m.Groups["href"].Value))];
    }

    [GeneratedRegex("<nav aria-label=\"Main navigation\">.*?</nav>", RegexOptions.Singleline)]
    private static partial Regex MainNav();

    [GeneratedRegex("<a href=\"(?<href>[^\"]+)\"")]
    private static partial Regex Href();
}
