using Bluehelm.Modules.Missions;
using Bluehelm.Platform.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Bluehelm.BrowserTests;

/// <summary>
/// The early-warning loop clicked through in Chromium: a JOC officer takes an alert by the form,
/// triages, dispatches a unit, marks on scene and resolved; the commander of that unit sees it.
/// </summary>
public sealed class AlertsBrowserTests(BrowserApp app) : IClassFixture<BrowserApp>
{
    private async Task<string> CommandersUnit()
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<BluehelmDbContext>();
        return await db.Set<Unit>().Where(u => u.Name.EndsWith(" Bangui")).OrderByDescending(u => u.Strength).ThenBy(u => u.Name).Select(u => u.Name).FirstAsync();
    }

    [Theory]
    [InlineData("en")]
    [InlineData("fr")]
    public async Task JocOfficer_TakesAlertToResolution_CommanderSeesIt(string language)
    {
        var french = language == "fr";
        var description = $"Village attaqué près de PK5 ({language} {Guid.NewGuid():N})";
        var page = await app.NewPage();
        await MissionsBrowserTests.SignIn(page, "joc.minusca@demo.bluehelm.local");
        if (french)
        {
            await page.GetByRole(AriaRole.Link, new() { Name = "Français" }).ClickAsync();
            await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("Opérations de maintien de la paix");
        }

        await page.GotoAsync("/alerts/new");
        await page.Locator("#severity").SelectOptionAsync("Critical");
        await page.Locator("#description").FillAsync(description);
        await page.Locator("#place").FillAsync("PK5, Bangui");
        await page.Locator("#lat").FillAsync(french ? "4,3712" : "4.3712");
        await page.Locator("#lon").FillAsync("18°32'40\"E");
        await page.Locator("#people").FillAsync("60");
        await page.Locator("form.form.wide button[type=submit]").ClickAsync();
        await Assertions.Expect(page.Locator("dd.original")).ToHaveTextAsync(description);
        await BrowserApp.Screenshot(page, $"alert-new-{language}");

        await page.Locator("button[name='Transition.To'][value='Triaged']").ClickAsync();
        await Assertions.Expect(page.Locator(".status")).ToHaveTextAsync(french ? "Triée" : "Triaged");

        var unit = await CommandersUnit();
        await page.Locator("label.check", new() { HasText = unit }).Locator("input").CheckAsync();
        await page.Locator("form.form button[type=submit]", new() { HasText = french ? "Déployer" : "Dispatch" }).ClickAsync();
        await Assertions.Expect(page.Locator(".status")).ToHaveTextAsync(french ? "Unité déployée" : "Dispatched");

        await page.Locator("button[name='Transition.To'][value='OnScene']").ClickAsync();
        await Assertions.Expect(page.Locator(".status")).ToHaveTextAsync(french ? "Sur place" : "On scene");
        await page.Locator("#reason").FillAsync(french ? "Calme revenu" : "Calm restored");
        await page.Locator("button[name='Transition.To'][value='Resolved']").ClickAsync();
        await Assertions.Expect(page.Locator(".status")).ToHaveTextAsync(french ? "Résolue" : "Resolved");

        var timeline = await page.Locator("ol.timeline li").AllInnerTextsAsync();
        timeline.Count.ShouldBe(6);
        timeline[1].ShouldContain(french ? "Triée" : "Triaged");
        timeline[2].ShouldContain(french ? "Unité déployée" : "Dispatched");
        timeline[3].ShouldContain(unit);
        timeline[4].ShouldContain(french ? "Sur place" : "On scene");
        timeline[5].ShouldContain(french ? "Calme revenu" : "Calm restored");
        (await page.Locator("dd.protected").CountAsync()).ShouldBe(0);
        await BrowserApp.Screenshot(page, $"alert-resolved-{language}");
        if (french)
        {
            Pages.EnglishOnlyPhrasesIn(await Pages.FrenchText(page)).ShouldBeEmpty();
        }

        var alertUrl = page.Url;
        var commander = await app.NewPage();
        await MissionsBrowserTests.SignIn(commander, "commander.minusca@demo.bluehelm.local");
        await commander.GotoAsync("/alerts?severity=critical");
        await commander.GetByRole(AriaRole.Row, new() { NameRegex = new System.Text.RegularExpressions.Regex("PK5") }).First.GetByRole(AriaRole.Link).First.ClickAsync();
        await Assertions.Expect(commander.Locator("dd.original")).ToHaveTextAsync(description);
        commander.Url.ShouldBe(alertUrl);
        (await commander.Locator("ol.timeline li").CountAsync()).ShouldBe(6);
        (await commander.Locator("button[name='Transition.To']").CountAsync()).ShouldBe(0);
    }
}
