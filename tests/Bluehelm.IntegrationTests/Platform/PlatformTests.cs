using Bluehelm.Platform.Data;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Bluehelm.IntegrationTests.Platform;

public sealed class PlatformTests(BluehelmApp app) : IClassFixture<BluehelmApp>
{
    [Fact]
    public void Endpoints_Every_DeclaresAPolicyOrIsDeliberatelyAnonymous()
    {
        var endpoints = app.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>().ToList();

        var undeclared = endpoints
            .Where(e => e.Metadata.GetMetadata<IAuthorizeData>() is null && e.Metadata.GetMetadata<IAllowAnonymous>() is null)
            .Select(e => e.RoutePattern.RawText + " " + e.DisplayName)
            .ToList();

        endpoints.Count.ShouldBeGreaterThan(20);
        undeclared.ShouldBeEmpty();
    }

    [Fact]
    public async Task HealthLive_Anonymous_Returns200()
    {
        var response = await app.CreateClient().GetAsync("/health/live", TestContext.Current.CancellationToken);

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task HealthReady_DatabaseReachable_ReturnsHealthy()
    {
        var response = await app.CreateClient().GetAsync("/health/ready", TestContext.Current.CancellationToken);

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken)).ShouldBe("Healthy");
    }

    [Fact]
    public async Task OpenApi_Document_ListsTheMissionsEndpoints()
    {
        var json = await app.CreateClient().GetStringAsync("/openapi/v1.json", TestContext.Current.CancellationToken);

        json.ShouldContain("/api/v1/missions/{code}");
        json.ShouldContain("/api/v1/auth/login");
    }

    [Theory]
    [InlineData("sqlite")]
    [InlineData("postgres")]
    public void Migrations_BothProviders_MatchTheModel(string provider)
    {
        var settings = new Bluehelm.Platform.Hosting.BluehelmOptions
        {
            Database = new() { Provider = provider, ConnectionString = provider == "sqlite" ? "Data Source=:memory:" : "Host=127.0.0.1;Database=unused" },
        };
        var builder = new DbContextOptionsBuilder<BluehelmDbContext>();
        DatabaseRegistration.Configure(builder, settings);
        using var db = new BluehelmDbContext(builder.Options);

        db.Database.GetMigrations().ShouldNotBeEmpty();
        db.Database.HasPendingModelChanges().ShouldBeFalse($"the {provider} migrations do not match the model: add a migration to Bluehelm.Migrations.{provider}");

        var conduct = new DbContextOptionsBuilder<Bluehelm.Modules.Conduct.Data.ConductDbContext>();
        DatabaseRegistration.Configure(conduct, settings, null, Bluehelm.Modules.Conduct.Data.ConductDbContext.HistoryTable);
        using var conductDb = new Bluehelm.Modules.Conduct.Data.ConductDbContext(conduct.Options);
        conductDb.Database.GetMigrations().ShouldNotBeEmpty();
        conductDb.Database.HasPendingModelChanges().ShouldBeFalse($"the {provider} Conduct migrations do not match the ConductDbContext model: add a Conduct_ migration to Bluehelm.Migrations.{provider}");
    }

    [Fact]
    public async Task Culture_SwitchLink_SetsCookieAndRedirectsOnlyLocally()
    {
        var client = app.CreateClient(new() { AllowAutoRedirect = false });

        var local = await client.GetAsync("/culture/fr?returnUrl=%2Fabout%2Fdata", TestContext.Current.CancellationToken);
        var foreign = await client.GetAsync("/culture/fr?returnUrl=%2F%2Fevil.example", TestContext.Current.CancellationToken);

        local.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        local.Headers.Location!.ToString().ShouldBe("/about/data");
        local.Headers.GetValues("Set-Cookie").ShouldContain(c => c.Contains(".Bluehelm.Culture", StringComparison.Ordinal));
        foreign.Headers.Location!.ToString().ShouldBe("/");
    }

    [Fact]
    public async Task AboutPage_CultureCookieFrench_RendersInFrench()
    {
        var client = app.CreateClient();
        await client.GetAsync("/culture/fr?returnUrl=%2F", TestContext.Current.CancellationToken);

        var html = await client.GetStringAsync("/about/data", TestContext.Current.CancellationToken);

        html.ShouldContain("<html lang=\"fr\"");
        html.ShouldContain("À propos des données");
    }

    [Fact]
    public async Task UnknownPage_SignedIn_Returns404PageInTheUsersLanguage()
    {
        var client = await app.PageClientFor("joc.minusca@demo.bluehelm.local");
        client.DefaultRequestHeaders.AcceptLanguage.ParseAdd("fr");

        var response = await client.GetAsync("/no/such/page", TestContext.Current.CancellationToken);

        response.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken)).ShouldContain("Introuvable");
    }

    [Fact]
    public async Task MissionPage_UnknownCode_Returns404()
    {
        var client = await app.PageClientFor("joc.minusca@demo.bluehelm.local");

        var response = await client.GetAsync("/missions/NOPE", TestContext.Current.CancellationToken);

        response.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken)).ShouldContain("Not found");
    }

    [Fact]
    public async Task UnknownPage_Anonymous_AsksToSignInWithoutRevealingWhetherItExists()
    {
        var client = app.CreateClient(new() { AllowAutoRedirect = false });

        var response = await client.GetAsync("/no/such/page", TestContext.Current.CancellationToken);

        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        response.Headers.Location!.ToString().ShouldContain("/account/login");
    }

    [Fact]
    public async Task FormPost_WithoutAntiforgery_Returns400PageExplainingWhatToDo()
    {
        var client = app.CreateClient();
        client.DefaultRequestHeaders.AcceptLanguage.ParseAdd("fr");

        var response = await client.PostAsync("/account/login", new FormUrlEncodedContent(new Dictionary<string, string> { ["_handler"] = "login" }), TestContext.Current.CancellationToken);

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken)).ShouldContain("envoyé deux fois");
    }
}
