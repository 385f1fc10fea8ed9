using System.Text.RegularExpressions;
using Bluehelm.Modules.Missions;
using Bluehelm.Platform.Data;
using Bluehelm.Platform.Geo;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Bluehelm.IntegrationTests.Alerts;

/// <summary>
/// The unit picker on an alert's page: every unit of the mission, nearest first by great-circle
/// distance from the alert to the unit's site, units without a site last, the ten nearest in view and
/// the rest under "All other units"; each with its type and current tasking (free, or the open
/// response it is on, linked).
/// </summary>
[Collection(AlertsCollection.Name)]
public sealed partial class DispatchPickerTests(AlertsApp app)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private const double Lat = 6.3;
    private const double Lon = 21.9;

    [Fact]
    public async Task AlertPage_JocOfficer_ListsUnitsByDistanceWithTaskingAndSitelessUnitsLast()
    {
        var siteless = await AddSitelessUnitAsync();
        var (expected, km) = await ExpectedOrderAsync(siteless);
        var joc = await app.ClientFor(AlertsApp.Joc);
        var elsewhere = await app.Raise(joc, AlertsApp.Body("une autre alerte, unité déjà engagée", lat: 4.4, lon: 18.6));
        var busy = expected[1];
        (await joc.PostAsJsonAsync($"/api/v1/alerts/{elsewhere}/responses", new { unitIds = new[] { busy }, action = "patrol" }, Ct)).StatusCode.ShouldBe(HttpStatusCode.OK);
        var id = await app.Raise(joc, AlertsApp.Body("attaque près de Bria, choisir l'unité la plus proche", lat: Lat, lon: Lon));

        var html = await (await app.PageClientFor(AlertsApp.Joc)).GetStringAsync($"/alerts/{id}", Ct);

        var form = DispatchPageForm.Form(html, "dispatch");
        var rows = UnitRow().Matches(form).Select(m => Guid.Parse(m.Groups["id"].Value)).ToList();
        rows.ShouldBe(expected);
        rows[^1].ShouldBe(siteless);
        var split = form.IndexOf("<details", StringComparison.Ordinal);
        split.ShouldBeGreaterThan(0);
        // The ten nearest, and the units of the tenth's site with them.
        var shown = expected.Count(u => km[u] <= km[expected[9]]);
        shown.ShouldBeGreaterThanOrEqualTo(10);
        UnitRow().Matches(form[..split]).Count.ShouldBe(shown);
        form[split..].ShouldContain($"All other units ({expected.Count - shown})");
        var first = Row(form, expected[0]);
        first.ShouldContain("name=\"units\"");
        first.ShouldContain("infantry");
        first.ShouldMatch(@"<td class=""num"">\d+\.\d km</td>");
        Row(form, siteless).ShouldContain("site not known");
        var tasked = Row(form, busy);
        tasked.ShouldContain($"href=\"/alerts/{elsewhere}\"");
        tasked.ShouldContain("Attack on civilians");
        tasked.ShouldContain("since");
        tasked.ShouldNotContain(">free<");
        Row(form, siteless).ShouldContain(">free<");
    }

    [Fact]
    public async Task AlertPage_French_ShowsThePickerInFrench()
    {
        var joc = await app.ClientFor(AlertsApp.Joc);
        var id = await app.Raise(joc, AlertsApp.Body("sélecteur en français", lat: Lat, lon: Lon));
        var page = await app.PageClientFor(AlertsApp.Joc);
        page.DefaultRequestHeaders.AcceptLanguage.ParseAdd("fr");

        var form = DispatchPageForm.Form(await page.GetStringAsync($"/alerts/{id}", Ct), "dispatch");

        form.ShouldContain("Unités les plus proches, par distance de l’alerte");
        form.ShouldContain("Toutes les autres unités (");
        form.ShouldContain("infanterie");
        form.ShouldMatch(@"<td class=""num"">\d+,\d km</td>");
    }

    /// <summary>The mission's units ordered as a dispatcher expects: by distance from the alert to their site, then by name; those without a site last.</summary>
    private async Task<(List<Guid> Order, Dictionary<Guid, double> Km)> ExpectedOrderAsync(Guid siteless)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<BluehelmDbContext>();
        var mission = await db.Set<Mission>().SingleAsync(m => m.Code == "MINUSCA", Ct);
        var sites = await db.Set<Site>().Where(s => s.MissionId == mission.Id).ToDictionaryAsync(s => s.Id, Ct);
        var units = await db.Set<Unit>().Where(u => u.MissionId == mission.Id).ToListAsync(Ct);
        units.Count.ShouldBeGreaterThan(11);
        var km = units.ToDictionary(u => u.Id, u => u.SiteId is { } s ? GeoMath.DistanceKm(Lat, Lon, sites[s].Latitude, sites[s].Longitude) : double.MaxValue);
        var ordered = units.OrderBy(u => km[u.Id]).ThenBy(u => u.Name, StringComparer.Ordinal).Select(u => u.Id).ToList();
        ordered[^1].ShouldBe(siteless);
        return (ordered, km);
    }

    /// <summary>A unit without a known site (once per host): the picker lists it last.</summary>
    private async Task<Guid> AddSitelessUnitAsync()
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<BluehelmDbContext>();
        var mission = await db.Set<Mission>().SingleAsync(m => m.Code == "MINUSCA", Ct);
        const string name = "AAA engineering, site unknown";
        if (await db.Set<Unit>().SingleOrDefaultAsync(u => u.Name == name, Ct) is { } existing)
        {
            return existing.Id;
        }

        var unit = new Unit { MissionId = mission.Id, Name = name, Type = "engineering", Strength = 120 };
        db.Add(unit);
        await db.SaveChangesAsync(Ct);
        return unit.Id;
    }

    private static string Row(string html, Guid unit) =>
        Regex.Match(html, $"<tr[^>]*data-unit=\"{unit}\".*?</tr>", RegexOptions.Singleline).Value;

    [GeneratedRegex("<tr[^>]*data-unit=\"(?<id>[0-9a-f-]{36})\"")]
    private static partial Regex UnitRow();
}
