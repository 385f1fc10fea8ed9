using Bluehelm.Modules.Alerts;
using Bluehelm.Platform.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Bluehelm.BrowserTests;

/// <summary>
/// The new-alert form in Chromium, in English and French: a failed submit shows each error next to
/// its field and in a summary whose links lead to the fields; the corrected form (counts typed as
/// people type them) is saved once even when the button is clicked twice.
/// </summary>
public sealed class FormsBrowserTests(BrowserApp app) : IClassFixture<BrowserApp>
{
    private async Task<List<Alert>> AlertsDescribed(string description)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<BluehelmDbContext>();
        return await db.Set<Alert>().Where(a => a.Description == description).ToListAsync();
    }

    [Theory]
    [InlineData("en")]
    [InlineData("fr")]
    public async Task NewAlert_InvalidThenCorrected_ErrorsBesideFieldsThenOneAlert(string language)
    {
        var french = language == "fr";
        var page = await app.NewPage(french ? "fr-FR" : "en-GB");
        await AccessibilityTests.SignIn(page, "joc.minusca@demo.bluehelm.local");
        await page.GotoAsync("/alerts/new");
        var description = $"Tirs entendus au nord de Bria ({language} {Guid.NewGuid():N})";
        await page.Locator("#description").FillAsync(description);
        await page.Locator("#lat").FillAsync("ninety");
        await page.Locator("#people").FillAsync("lots");
        await page.Locator("form.form.wide button[type=submit]").ClickAsync();

        var summary = page.Locator(".error-summary");
        await Assertions.Expect(summary).ToBeVisibleAsync();
        await Assertions.Expect(summary.Locator("h2")).ToHaveTextAsync(french ? "L'alerte n'a pas été enregistrée. Veuillez corriger :" : "The alert was not saved. Please correct:");
        (await summary.Locator("a").EvaluateAllAsync<string[]>("links => links.map(a => a.getAttribute('href'))")).ShouldBe(["/alerts/new#lat", "/alerts/new#lon", "/alerts/new#people"]);
        foreach (var (id, text) in new[]
                 {
                     ("lat", french ? "Latitude : écrivez des degrés décimaux" : "Latitude: write decimal degrees"),
                     ("lon", french ? "Indiquez la latitude et la longitude, ou aucune des deux." : "Give both latitude and longitude, or neither."),
                     ("people", french ? "« lots » n'est pas un nombre de personnes." : "'lots' is not a number of people."),
                 })
        {
            var field = page.Locator("#" + id);
            await Assertions.Expect(field).ToHaveAttributeAsync("aria-invalid", "true");
            await Assertions.Expect(field).ToHaveAttributeAsync("aria-describedby", id + "-error");
            var error = page.Locator($"#{id}-error");
            await Assertions.Expect(error).ToContainTextAsync(text);

            // Beside its field: just above the input, below the label, in the same column.
            var label = (await page.Locator($"label[for={id}]").BoundingBoxAsync())!;
            var message = (await error.BoundingBoxAsync())!;
            var input = (await field.BoundingBoxAsync())!;
            message.Y.ShouldBeGreaterThanOrEqualTo(label.Y + label.Height - 1);
            (input.Y - (message.Y + message.Height)).ShouldBeInRange(-1, 16);
            message.X.ShouldBe(input.X, 2);
        }

        await Assertions.Expect(page.Locator("#place")).Not.ToHaveAttributeAsync("aria-invalid", "true");
        (await AccessibilityTests.ViolationsAsync(page)).ShouldBeEmpty();
        if (french)
        {
            Pages.EnglishOnlyPhrasesIn(await Pages.FrenchText(page)).ShouldBeEmpty();
        }

        await BrowserApp.Screenshot(page, $"new-alert-errors-{language}");
        await page.SetViewportSizeAsync(390, 844);
        (await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth")).ShouldBeLessThanOrEqualTo(390);
        await BrowserApp.Screenshot(page, $"new-alert-errors-{language}-390");
        await page.SetViewportSizeAsync(1280, 720);

        // The summary's links are reached with the keyboard and lead to their fields.
        var peopleLink = summary.Locator("a[href$='#people']");
        await peopleLink.FocusAsync();
        await Assertions.Expect(peopleLink).ToBeFocusedAsync();
        await page.Keyboard.PressAsync("Enter");
        await Assertions.Expect(page.Locator("#people")).ToBeInViewportAsync();
        page.Url.ShouldEndWith("#people");

        await page.Locator("#lat").FillAsync(french ? "6,5389" : "6.5389");
        await page.Locator("#lon").FillAsync(french ? "21,9911" : "21.9911");
        await page.Locator("#people").FillAsync(french ? "1\u202F200" : "1,200");
        await page.Locator("#children").FillAsync(french ? "1 000" : "1000");
        await page.Locator("form.form.wide button[type=submit]").DblClickAsync();
        await Assertions.Expect(page.Locator("dd.original")).ToHaveTextAsync(description);

        var saved = (await AlertsDescribed(description)).ShouldHaveSingleItem();
        saved.PeopleAtRisk.ShouldBe(1200);
        saved.Children.ShouldBe(1000);
        saved.Latitude!.Value.ShouldBe(6.5389, 1e-9);
    }

    [Fact]
    public async Task NewAlert_WithoutJavaScript_ErrorsBesideFieldsAndSummaryLinksStayOnTheForm()
    {
        var context = await app.Browser.NewContextAsync(new() { BaseURL = app.BaseUrl, Locale = "fr-FR", JavaScriptEnabled = false });
        var page = await context.NewPageAsync();
        await AccessibilityTests.SignIn(page, "joc.minusca@demo.bluehelm.local");
        await page.GotoAsync("/alerts/new");
        await page.Locator("#description").FillAsync("Sans script " + Guid.NewGuid().ToString("N"));
        await page.Locator("#place").FillAsync("Bria");
        await page.Locator("#women").FillAsync("1 2000");
        await page.Locator("form.form.wide button[type=submit]").ClickAsync();

        await Assertions.Expect(page.Locator("#women-error")).ToHaveTextAsync("« 1 2000 » n'est pas un nombre de personnes.");
        await Assertions.Expect(page.Locator("#women")).ToHaveAttributeAsync("aria-invalid", "true");
        var link = page.Locator(".error-summary a");
        await Assertions.Expect(link).ToHaveCountAsync(1);
        await link.ClickAsync();
        await Assertions.Expect(page.Locator("#women")).ToBeInViewportAsync();
        page.Url.ShouldEndWith("/alerts/new#women");
        await Assertions.Expect(page.Locator("#women")).ToHaveValueAsync("1 2000");
        await context.CloseAsync();
    }

    [Fact]
    public async Task NewAlert_Placeholders_ShowTheSecondsSignNotAnEntity()
    {
        var page = await app.NewPage();
        await AccessibilityTests.SignIn(page, "joc.minusca@demo.bluehelm.local");
        await page.GotoAsync("/alerts/new");

        await Assertions.Expect(page.Locator("#lat")).ToHaveAttributeAsync("placeholder", "4.3938 / 4°23'38\"N");
        await Assertions.Expect(page.Locator("#lon")).ToHaveAttributeAsync("placeholder", "18.5599 / 18°33'36\"E");
    }

    private static double Luminance(string rgb)
    {
        var c = rgb[(rgb.IndexOf('(', StringComparison.Ordinal) + 1)..rgb.IndexOf(')', StringComparison.Ordinal)].Split(',')
            .Take(3).Select(v => double.Parse(v, System.Globalization.CultureInfo.InvariantCulture) / 255)
            .Select(v => v <= 0.03928 ? v / 12.92 : Math.Pow((v + 0.055) / 1.055, 2.4)).ToArray();
        return (0.2126 * c[0]) + (0.7152 * c[1]) + (0.0722 * c[2]);
    }

    /// <summary>WCAG contrast ratio of two computed colours ("rgb(r, g, b)").</summary>
    private static double Contrast(string a, string b)
    {
        var (x, y) = (Luminance(a), Luminance(b));
        return (Math.Max(x, y) + 0.05) / (Math.Min(x, y) + 0.05);
    }

    private static Task<string> Style(ILocator element, string property) =>
        element.EvaluateAsync<string>($"e => getComputedStyle(e).getPropertyValue('{property}')");

    [Fact]
    public async Task Controls_BordersFocusAndButtonKinds_AreDistinctAndContrasted()
    {
        var page = await app.NewPage();
        await AccessibilityTests.SignIn(page, "joc.minusca@demo.bluehelm.local");
        await page.GotoAsync("/alerts/new");
        await page.EvaluateAsync("""
            () => document.querySelector('main').insertAdjacentHTML('beforeend',
                '<p class="buttons"><button type="button" id="primary">Mark triaged</button><button type="button" class="secondary" id="secondary">Cancel</button><button type="button" class="danger" id="danger">False alarm</button></p>')
            """);
        const string white = "rgb(255, 255, 255)";

        foreach (var id in new[] { "place", "severity", "description" })
        {
            Contrast(await Style(page.Locator("#" + id), "border-top-color"), white).ShouldBeGreaterThanOrEqualTo(3, id);
        }

        var primary = page.Locator("#primary");
        var secondary = page.Locator("#secondary");
        var danger = page.Locator("#danger");
        (await Style(danger, "background-color")).ShouldNotBe(await Style(primary, "background-color"));
        (await Style(secondary, "background-color")).ShouldNotBe(await Style(primary, "background-color"));
        (await Style(danger, "color")).ShouldNotBe(await Style(secondary, "color"));
        Contrast(await Style(danger, "border-top-color"), white).ShouldBeGreaterThanOrEqualTo(3);
        Contrast(await Style(danger, "color"), await Style(danger, "background-color")).ShouldBeGreaterThanOrEqualTo(4.5);
        await danger.HoverAsync();
        Contrast(await Style(danger, "color"), await Style(danger, "background-color")).ShouldBeGreaterThanOrEqualTo(4.5);
        (await AccessibilityTests.ViolationsAsync(page)).ShouldBeEmpty();

        await page.Locator("#place").FocusAsync();
        await page.Keyboard.PressAsync("Tab");
        await Assertions.Expect(page.Locator("#lat")).ToBeFocusedAsync();
        (await Style(page.Locator("#lat"), "outline-style")).ShouldBe("solid");
        double.Parse((await Style(page.Locator("#lat"), "outline-width")).Replace("px", "", StringComparison.Ordinal), System.Globalization.CultureInfo.InvariantCulture).ShouldBeGreaterThanOrEqualTo(2);
        await page.Locator("p.buttons").ScrollIntoViewIfNeededAsync();
        await BrowserApp.Screenshot(page, "controls-en");
    }
}
