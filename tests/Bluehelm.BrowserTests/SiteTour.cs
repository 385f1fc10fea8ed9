using System.Net.Http.Json;
using Bluehelm.Modules.Alerts;
using Bluehelm.Platform.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Bluehelm.BrowserTests;

/// <summary>
/// Every page of Bluehelm with real ids from the demo data, and who visits it, for tests that must
/// hold on every page (transfer budgets, accessibility, narrow screens). A page added to the site
/// without a row here fails <see cref="Routes_EveryRoutablePage_IsOnTheTour"/>.
/// </summary>
public sealed class SiteTour(BrowserApp app) : IClassFixture<BrowserApp>
{
    /// <summary>Who opens a page on the tour: nobody signed in, the demo JOC officer of MINUSCA, or the administrator.</summary>
    public enum Visitor { Anonymous, Joc, Admin, Poc, Conduct }

    /// <summary>Route template → the visitor that opens it. Exactly one row per routable page.</summary>
    internal static readonly IReadOnlyDictionary<string, Visitor> Rows = new Dictionary<string, Visitor>(StringComparer.Ordinal)
    {
        ["/"] = Visitor.Joc,
        ["/account/login"] = Visitor.Anonymous,
        ["/account/denied"] = Visitor.Joc,
        ["/about/data"] = Visitor.Joc,
        ["/admin/audit"] = Visitor.Admin,
        ["/missions"] = Visitor.Joc,
        ["/missions/{Code}"] = Visitor.Joc,
        ["/sites/{Id:guid}"] = Visitor.Joc,
        ["/alerts"] = Visitor.Joc,
        ["/alerts/board"] = Visitor.Joc,
        ["/alerts/map"] = Visitor.Joc,
        ["/alerts/{Id:guid}"] = Visitor.Joc,
        ["/alerts/new"] = Visitor.Joc,
        ["/alerts/import"] = Visitor.Joc,
        ["/hotspots"] = Visitor.Joc,
        ["/warnings"] = Visitor.Joc,
        ["/warnings/new"] = Visitor.Poc,
        ["/warnings/{Id:guid}"] = Visitor.Joc,
        ["/warnings/{Id:guid}/edit"] = Visitor.Poc,
        ["/warnings/cap/upload"] = Visitor.Joc,
        ["/warnings/cap/{Id:guid}"] = Visitor.Joc,
        ["/events"] = Visitor.Joc,
        ["/events/map"] = Visitor.Joc,
        ["/events/{Id:guid}"] = Visitor.Joc,
        ["/alerts/{AlertId:guid}/verify"] = Visitor.Joc,
        ["/forecasts"] = Visitor.Joc,
        ["/events/import"] = Visitor.Admin,
        ["/conduct/statistics"] = Visitor.Anonymous,
        ["/conduct/import"] = Visitor.Admin,
        ["/conduct"] = Visitor.Conduct,
        ["/conduct/audit"] = Visitor.Conduct,
        ["/conduct/report"] = Visitor.Anonymous,
        ["/conduct/report/status"] = Visitor.Anonymous,
        ["/conduct/cases/{Id:guid}/assistance"] = Visitor.Conduct,
        ["/conduct/screening"] = Visitor.Conduct,
        ["/conduct/cases"] = Visitor.Conduct,
        ["/conduct/cases/new"] = Visitor.Conduct,
        ["/conduct/cases/{Id:guid}"] = Visitor.Conduct,
    };

    /// <summary>The e-mail a visitor signs in with, or null for nobody.</summary>
    internal static string? EmailOf(Visitor visitor) => visitor switch
    {
        Visitor.Joc => "joc.minusca@demo.bluehelm.local",
        Visitor.Admin => BluehelmApp.AdminEmail,
        Visitor.Poc => "poc.minusca@demo.bluehelm.local",
        Visitor.Conduct => "conduct.minusca@demo.bluehelm.local",
        _ => null,
    };

    /// <summary>Every page on the tour as a path to open, with the ids filled in from the database (one alert of MINUSCA must exist).</summary>
    internal static async Task<IReadOnlyList<(string Template, string Path, Visitor Visitor)>> PathsAsync(BrowserApp app)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<BluehelmDbContext>();
        var site = await db.Set<Bluehelm.Modules.Missions.Site>().OrderBy(s => s.Name).Select(s => s.Id).FirstAsync();
        var alert = await db.Set<Alert>().OrderBy(a => a.Id).Select(a => a.Id).FirstOrDefaultAsync();
        var (warning, received) = await WarningsBrowserTests.EnsureTourDataAsync(app);
        var resolved = await db.Set<Alert>().Where(a => a.Status == AlertStatus.Resolved).OrderBy(a => a.Id).Select(a => a.Id).FirstOrDefaultAsync();
        if (resolved == Guid.Empty)
        {
            resolved = await ResolvedAlertAsync(app);
        }
        var conflictEvent = await db.Set<Bluehelm.Modules.Incidents.ConflictEvent>().OrderBy(e => e.Id).Select(e => e.Id).FirstOrDefaultAsync();
        var conductCase = await ConductReportBrowserTests.TourCaseAsync(app);
        return Rows.Select(r => (r.Key, r.Key
                .Replace("/warnings/cap/{Id:guid}", $"/warnings/cap/{received}", StringComparison.Ordinal)
                .Replace("/warnings/{Id:guid}", $"/warnings/{warning}", StringComparison.Ordinal)
                .Replace("{Code}", "MINUSCA", StringComparison.Ordinal)
                .Replace("/sites/{Id:guid}", $"/sites/{site}", StringComparison.Ordinal)
                .Replace("/alerts/{Id:guid}", $"/alerts/{alert}", StringComparison.Ordinal)
                .Replace("/events/{Id:guid}", $"/events/{conflictEvent}", StringComparison.Ordinal)
                .Replace("/conduct/cases/{Id:guid}", $"/conduct/cases/{conductCase}", StringComparison.Ordinal)
                .Replace("{AlertId:guid}", resolved.ToString(), StringComparison.Ordinal), r.Value))
            .ToList();
    }

    [Fact]
    public void Routes_EveryRoutablePage_IsOnTheTour()
    {
        var routes = typeof(BluehelmDbContext).Assembly.GetTypes()
            .SelectMany(t => t.GetCustomAttributes(typeof(Microsoft.AspNetCore.Components.RouteAttribute), false).Cast<Microsoft.AspNetCore.Components.RouteAttribute>())
            .Select(r => r.Template)
            .ToHashSet(StringComparer.Ordinal);
        routes.Where(r => !Rows.ContainsKey(r)).ShouldBeEmpty("pages missing from the tour");
        Rows.Keys.Where(r => !routes.Contains(r)).ShouldBeEmpty("tour rows without a page");
        app.BaseUrl.ShouldNotBeEmpty();
    }

    /// <summary>A resolved MINUSCA alert raised and closed through the API, so the incident form has one to verify.</summary>
    private static async Task<Guid> ResolvedAlertAsync(BrowserApp app)
    {
        using var joc = new HttpClient { BaseAddress = new Uri(app.BaseUrl) };
        var email = EmailOf(Visitor.Joc)!;
        var login = await joc.PostAsJsonAsync("/api/v1/auth/login", new { email, password = Bluehelm.Testing.BluehelmApp.PasswordOf(email) });
        login.EnsureSuccessStatusCode();
        joc.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", (await login.Content.ReadFromJsonAsync<System.Text.Json.JsonElement>()).GetProperty("accessToken").GetString());
        var raised = await joc.PostAsJsonAsync("/api/v1/alerts", new { mission = "MINUSCA", threatType = "displacement", severity = "medium", description = "Tour: families leaving Kaga-Bandoro", latitude = 6.98, longitude = 19.18 });
        raised.EnsureSuccessStatusCode();
        var id = (await raised.Content.ReadFromJsonAsync<System.Text.Json.JsonElement>()).GetProperty("id").GetGuid();
        foreach (var to in new[] { "triaged", "resolved" })
        {
            (await joc.PostAsJsonAsync($"/api/v1/alerts/{id}/transitions", new { to })).EnsureSuccessStatusCode();
        }

        return id;
    }
}
