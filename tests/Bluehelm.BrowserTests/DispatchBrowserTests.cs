using System.Globalization;
using System.Net.Http.Json;
using System.Text.Json;
using Bluehelm.Modules.Missions;
using Bluehelm.Platform.Data;
using Bluehelm.Platform.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Bluehelm.BrowserTests;

/// <summary>
/// Dispatch and command clicked through in Chromium, in English and French: the JOC officer's unit
/// picker ordered by distance with each unit's tasking, the commander's "Your units" and on-scene
/// button, and the page for an alert the commander may not open (inside the layout, 404).
/// </summary>
public sealed class DispatchBrowserTests(BrowserApp app) : IClassFixture<BrowserApp>
{
    private const string Joc = "joc.minusca@demo.bluehelm.local";
    private const string Commander = "commander.minusca@demo.bluehelm.local";

    [Theory]
    [InlineData("en")]
    [InlineData("fr")]
    public async Task UnitPicker_JocOfficer_SeesNearestUnitsFirstWithTheirTasking(string language)
    {
        var french = language == "fr";
        var joc = await app.ClientFor(Joc);
        var id = await Raise(joc, $"Attaque près de Bria ({language})", 6.54, 21.99);
        var page = await app.NewPage(french ? "fr-FR" : "en-GB");
        await MissionsBrowserTests.SignIn(page, Joc);

        await page.GotoAsync($"/alerts/{id}");

        var picker = page.Locator("form:has(input[name=units])");
        await Assertions.Expect(picker.Locator("legend")).ToHaveTextAsync(french ? "Unités les plus proches, par distance de l’alerte" : "Nearest units, by distance from the alert");
        var nearest = picker.Locator("fieldset > table.picker tbody tr");
        (await nearest.CountAsync()).ShouldBeGreaterThanOrEqualTo(10);
        var km = (await nearest.Locator("td.num").AllInnerTextsAsync()).Select(t => double.Parse(t.Replace(" km", "", StringComparison.Ordinal), CultureInfo.GetCultureInfo(language))).ToList();
        km.ShouldBe([.. km.Order()]);
        (await nearest.First.InnerTextAsync()).ShouldContain("Bria");
        var rest = picker.Locator("details.all-units table.picker tbody tr");
        await Assertions.Expect(rest.First).Not.ToBeVisibleAsync();
        await picker.Locator("details.all-units summary").ClickAsync();
        await Assertions.Expect(rest.First).ToBeVisibleAsync();
        var restKm = (await rest.Locator("td.num").AllInnerTextsAsync()).Where(t => t.EndsWith("km", StringComparison.Ordinal))
            .Select(t => double.Parse(t.Replace(" km", "", StringComparison.Ordinal), CultureInfo.GetCultureInfo(language))).ToList();
        restKm.Min().ShouldBeGreaterThan(km.Max());
        (await nearest.Locator("td:last-child").AllInnerTextsAsync()).ShouldContain(french ? "disponible" : "free");
        await BrowserApp.Screenshot(page, $"alert-{language}");
        await page.SetViewportSizeAsync(390, 844);
        (await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth")).ShouldBeLessThanOrEqualTo(390);
        await BrowserApp.Screenshot(page, $"alert-{language}-390");
        if (french)
        {
            Pages.EnglishOnlyPhrasesIn(await Pages.FrenchText(page)).ShouldBeEmpty();
        }
    }

    [Theory]
    [InlineData("en")]
    [InlineData("fr")]
    public async Task OnScene_CommanderClicksForHisUnit_AlertMovesOnSceneUnderHisName(string language)
    {
        var french = language == "fr";
        var joc = await app.ClientFor(Joc);
        var id = await Raise(joc, $"Tirs signalés à PK5 ({language})", 4.37, 18.55);
        var unit = await CommandersUnitAsync();
        (await joc.PostAsJsonAsync($"/api/v1/alerts/{id}/responses", new { unitIds = new[] { unit.Id }, action = "patrol" }, TestContext.Current.CancellationToken)).EnsureSuccessStatusCode();
        var page = await app.NewPage(french ? "fr-FR" : "en-GB");
        await MissionsBrowserTests.SignIn(page, Commander);

        await page.GotoAsync($"/alerts/{id}");
        var panel = page.Locator("section.my-units");
        await Assertions.Expect(panel.Locator("h2")).ToHaveTextAsync(french ? "Vos unités" : "Your units");
        await Assertions.Expect(panel).ToContainTextAsync(unit.Name);
        await Assertions.Expect(panel.Locator($"a[href='/alerts/{id}']")).ToBeVisibleAsync();
        await page.Locator("form.on-scene button", new() { HasText = unit.Name }).ClickAsync();

        await Assertions.Expect(page.Locator(".status")).ToHaveTextAsync(french ? "Sur place" : "On scene");
        var last = (await page.Locator("ol.timeline li").AllInnerTextsAsync())[^1];
        last.ShouldContain(french ? "Unité sur place" : "Unit on scene");
        last.ShouldContain(french ? "Unité sur place Lt Col. Moussa Diallo (commandant) Unités " + unit.Name : "Unit on scene Lt Col. Moussa Diallo (commander) Units " + unit.Name);
        (await page.Locator("form.on-scene button").CountAsync()).ShouldBe(0);
        await Assertions.Expect(page.Locator("form.on-scene")).ToContainTextAsync(french ? "sur place depuis" : "on scene since");
        await BrowserApp.Screenshot(page, $"alert-commander-{language}");
        await page.SetViewportSizeAsync(390, 844);
        (await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth")).ShouldBeLessThanOrEqualTo(390);
        await BrowserApp.Screenshot(page, $"alert-commander-{language}-390");
        if (french)
        {
            Pages.EnglishOnlyPhrasesIn(await Pages.FrenchText(page)).ShouldBeEmpty();
        }
    }

    [Theory]
    [InlineData("en")]
    [InlineData("fr")]
    public async Task AlertPage_CommanderNotTasked_NotFoundInsideTheLayout(string language)
    {
        var french = language == "fr";
        var id = await Raise(await app.ClientFor(Joc), $"jamais confiée ({language})", 4.36, 18.54);
        var page = await app.NewPage(french ? "fr-FR" : "en-GB");
        await MissionsBrowserTests.SignIn(page, Commander);

        var response = await page.GotoAsync($"/alerts/{id}");

        response!.Status.ShouldBe(404);
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync(french ? "Alerte introuvable" : "Alert not found");
        await Assertions.Expect(page.Locator("header nav")).ToBeAttachedAsync();
        await Assertions.Expect(page.Locator("header a.lang")).ToHaveTextAsync(french ? "English" : "Français");
        await Assertions.Expect(page.Locator("header form[action='/account/logout'] button")).ToBeAttachedAsync();
        await Assertions.Expect(page.Locator("main a[href='/alerts/board']")).ToBeVisibleAsync();
        await BrowserApp.Screenshot(page, $"alert-not-found-{language}");
        if (french)
        {
            Pages.EnglishOnlyPhrasesIn(await Pages.FrenchText(page)).ShouldBeEmpty();
        }
    }

    private static async Task<Guid> Raise(HttpClient joc, string description, double lat, double lon)
    {
        var response = await joc.PostAsJsonAsync("/api/v1/alerts", new Dictionary<string, object?>
        {
            ["mission"] = "MINUSCA",
            ["latitude"] = lat,
            ["longitude"] = lon,
            ["threatType"] = "attack-on-civilians",
            ["severity"] = "high",
            ["peopleAtRisk"] = 40,
            ["description"] = description,
        }, TestContext.Current.CancellationToken);
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<JsonElement>(TestContext.Current.CancellationToken)).GetProperty("id").GetGuid();
    }

    private async Task<(Guid Id, string Name)> CommandersUnitAsync()
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<BluehelmDbContext>();
        var user = await db.Users.SingleAsync(u => u.Email == Commander, TestContext.Current.CancellationToken);
        var id = Guid.Parse((await db.UserScopes.SingleAsync(s => s.UserId == user.Id && s.Kind == ScopeKind.Unit, TestContext.Current.CancellationToken)).Code);
        return (id, await db.Set<Unit>().Where(u => u.Id == id).Select(u => u.Name).SingleAsync(TestContext.Current.CancellationToken));
    }
}
