using System.Globalization;

namespace Bluehelm.BrowserTests;

/// <summary>
/// A conduct officer's main flow in Chromium, in English and in French: record a case with a
/// Senegalese subject, assess it, refer it to the member state, record the member state's answer,
/// investigate, conclude and close it; every step through the case page's own forms.
/// </summary>
public sealed class ConductCasesBrowserTests(BrowserApp app) : IClassFixture<BrowserApp>
{
    private const string Officer = "conduct.minusca@demo.bluehelm.local";

    [Theory]
    [InlineData("en")]
    [InlineData("fr")]
    public async Task Case_RecordReferAnswerClose_EveryStepOnThePage(string language)
    {
        var french = language == "fr";
        var page = await app.NewPage(french ? "fr-FR" : "en-GB");
        await MissionsBrowserTests.SignIn(page, Officer);
        var today = DateOnly.FromDateTime(TimeProvider.System.GetUtcNow().UtcDateTime);
        string Day(int offset) => today.AddDays(offset).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

        await page.GotoAsync("/conduct/cases/new");
        await page.Locator("#reportedOn").FillAsync(Day(-20));
        await page.Locator("#incidentKind").SelectOptionAsync("month");
        await page.Locator("#incidentMonth").FillAsync(today.AddMonths(-2).ToString("yyyy-MM", CultureInfo.InvariantCulture));
        await page.Locator("#narrative").FillAsync($"Browser case ({language}): an offer of money for sex at the water point.");
        await page.Locator("[name='subjects[0].count']").FillAsync("1");
        await page.Locator("[name='subjects[0].category']").SelectOptionAsync("MilitaryContingent");
        await page.Locator("[name='subjects[0].nationality']").SelectOptionAsync("SN");
        await page.Locator("[name='subjects[0].name']").FillAsync("Browsertest Subjectname");
        await page.Locator("[name='victims[0].count']").FillAsync("1");
        await page.Locator("[name='victims[0].ageGroup']").SelectOptionAsync("Adult");
        await page.Locator("[name='victims[0].name']").FillAsync("Browsertest Victimname");
        if (french)
        {
            Pages.EnglishOnlyPhrasesIn(await Pages.FrenchText(page)).ShouldBeEmpty();
        }

        await page.Locator("form.conduct-new button[type=submit]").ClickAsync();
        await page.WaitForLoadStateAsync();
        (await page.Locator(".error-summary a").EvaluateAllAsync<string[]>("links => links.map(a => a.getAttribute('href'))")).ShouldBeEmpty();
        await Assertions.Expect(page.Locator("main h1")).ToHaveTextAsync(new System.Text.RegularExpressions.Regex("^SEA-MINUSCA-\\d{4}-\\d{4}$"));
        var html = await page.ContentAsync();
        html.ShouldNotContain("Browsertest Victimname");
        html.ShouldNotContain("Browsertest Subjectname");
        await Stage(page, french ? "Reçu" : "Received");

        await Act(page, "assess");
        await Stage(page, french ? "Évaluation" : "Assessment");

        await Act(page, "refer", ("referredOn", Day(-15)));
        await Stage(page, french ? "Transmis à l'État membre" : "Referred to member state");
        await BrowserApp.Screenshot(page, $"conduct-case-referred-{language}");

        await Act(page, "answer", ("answeredOn", Day(-10)));
        await Assertions.Expect(page.Locator("main")).ToContainTextAsync(french ? "Réponse de l’État membre le" : "Member state answered on");

        await Act(page, "investigate", ("startedOn", Day(-9)));
        await Stage(page, french ? "Enquête" : "Investigation");
        await Act(page, "findings", ("completedOn", Day(-2)));
        await Stage(page, french ? "Conclusions et mesures" : "Findings and actions");

        await Act(page, "close", ("closedOn", Day(-1)), ("note", french ? "Mesures prises, dossier clos." : "Actions taken, case closed."));
        await Stage(page, french ? "Clos" : "Closed");
        await Assertions.Expect(page.Locator("details.act")).ToHaveCountAsync(0);
        await BrowserApp.Screenshot(page, $"conduct-case-closed-{language}");
        if (french)
        {
            Pages.EnglishOnlyPhrasesIn(await Pages.FrenchText(page)).ShouldBeEmpty();
        }

        // The case's trail: every act there, a stage change in the reader's words, no name.
        await page.Locator(".conduct-audit-link a").ClickAsync();
        await Assertions.Expect(page.Locator("main")).ToContainTextAsync(french ? "Reçu → Évaluation" : "Received → Assessment");
        await Assertions.Expect(page.Locator("main")).ToContainTextAsync(Day(-1));
        (await page.ContentAsync()).ShouldNotContain("Browsertest");
        await BrowserApp.Screenshot(page, $"conduct-case-trail-{language}");
        if (french)
        {
            Pages.EnglishOnlyPhrasesIn(await Pages.FrenchText(page)).ShouldBeEmpty();
        }
    }

    private static async Task Stage(IPage page, string label) =>
        await Assertions.Expect(page.Locator(".badge.stage")).ToHaveTextAsync(label);

    /// <summary>Opens one act's form on the case page, fills its fields, submits it and waits for the page to come back.</summary>
    private static async Task Act(IPage page, string act, params (string Field, string Value)[] fields)
    {
        var details = page.Locator($"details.act:has(input[name=_handler][value=act-{act}])");
        await details.Locator("summary").ClickAsync();
        foreach (var (field, value) in fields)
        {
            await details.Locator($"[name='{field}']").FillAsync(value);
        }

        await details.Locator("button[type=submit]").ClickAsync();
        await Assertions.Expect(page.Locator("main h1")).ToHaveTextAsync(new System.Text.RegularExpressions.Regex("^SEA-MINUSCA-"));
        await Assertions.Expect(page.Locator(".conduct-acts [role=alert]")).ToHaveCountAsync(0);
        await Assertions.Expect(page.Locator(".error-summary")).ToHaveCountAsync(0);
    }
}
