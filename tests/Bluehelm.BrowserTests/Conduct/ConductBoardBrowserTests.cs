using Bluehelm.Modules.Conduct.Data;
using Bluehelm.Modules.Conduct.Domain;
using Microsoft.Extensions.DependencyInjection;

namespace Bluehelm.BrowserTests.Conduct;

/// <summary>The conduct officer's case board and the Conduct audit trail in Chromium, without scripts, on a phone's width, in English and French.</summary>
public sealed class ConductBoardBrowserTests(BrowserApp app) : IClassFixture<BrowserApp>
{
    private const string Officer = "conduct.minusca@demo.bluehelm.local";

    private async Task<(ConductCase OnTime, ConductCase Overdue)> SeedAsync()
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ConductDbContext>();
        var now = scope.ServiceProvider.GetRequiredService<TimeProvider>().GetUtcNow();
        var today = DateOnly.FromDateTime(now.UtcDateTime);
        ConductCase Case(string suffix, bool urgent, int startedDaysAgo) => new()
        {
            Reference = "SEA-MINUSCA-BROWSER-" + suffix + "-" + Guid.NewGuid().ToString("N")[..6].ToUpperInvariant(),
            MissionCode = "MINUSCA",
            Source = CaseSource.Live,
            Stage = CaseStage.Investigation,
            Urgent = urgent,
            ReportedOn = today.AddDays(-startedDaysAgo - 3),
            ReportedYear = today.Year,
            InvestigationStartedOn = today.AddDays(-startedDaysAgo),
            ReferredOn = today.AddDays(-startedDaysAgo),
            CreatedAt = now,
            UpdatedAt = now,
        };
        var onTime = Case("A", urgent: false, startedDaysAgo: 20);
        onTime.ReferredOn = null;
        var overdue = Case("B", urgent: true, startedDaysAgo: 100);
        db.AddRange(onTime, overdue);
        await db.SaveChangesAsync();
        return (onTime, overdue);
    }

    [Theory]
    [InlineData("en")]
    [InlineData("fr")]
    public async Task Board_PhoneWithoutScripts_OverdueCaseFirstInTheReadersLanguage(string language)
    {
        var (onTime, overdue) = await SeedAsync();
        var context = await app.Browser.NewContextAsync(new() { BaseURL = app.BaseUrl, Locale = "en-GB", JavaScriptEnabled = false, ViewportSize = new() { Width = 390, Height = 844 } });
        context.SetDefaultTimeout(15_000);
        var page = await context.NewPageAsync();
        await MissionsBrowserTests.SignInAndLand(page, Officer);
        if (language == "fr")
        {
            await page.GetByRole(AriaRole.Link, new() { Name = "Français" }).ClickAsync();
            await Assertions.Expect(page.Locator("html")).ToHaveAttributeAsync("lang", "fr");
        }

        await page.GotoAsync("/conduct");
        await page.Locator("select[name=stage]").SelectOptionAsync("investigation");
        await page.Locator("label.check input[name=overdue]").CheckAsync();
        await page.Locator("form.filters button[type=submit]").ClickAsync();
        await page.WaitForURLAsync(u => u.Contains("stage=investigation", StringComparison.Ordinal) && u.Contains("overdue=1", StringComparison.Ordinal));

        var rows = page.Locator("section.conduct-stage table tbody tr");
        var row = rows.Filter(new() { HasText = overdue.Reference });
        await Assertions.Expect(row).ToHaveClassAsync("od");
        await Assertions.Expect(row).ToContainTextAsync(language == "fr" ? "en retard de 10 jours" : "overdue by 10 days");
        await Assertions.Expect(rows.First).ToHaveClassAsync("od");
        (await page.ContentAsync()).ShouldNotContain(onTime.Reference);
        // A phone: the board's cards keep to the screen's width.
        (await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth")).ShouldBeLessThanOrEqualTo(390);
        await BrowserApp.Screenshot(page, "conduct-board-" + language);

        await page.GotoAsync($"/conduct/audit?case={overdue.Id}");
        await Assertions.Expect(page.Locator("table.audit tbody tr").First).ToBeVisibleAsync();
        await BrowserApp.Screenshot(page, "conduct-audit-" + language);
        if (language == "fr")
        {
            Pages.EnglishOnlyPhrasesIn(await Pages.FrenchText(page)).ShouldBeEmpty();
            await page.GotoAsync("/conduct");
            Pages.EnglishOnlyPhrasesIn(await Pages.FrenchText(page)).ShouldBeEmpty();
        }

        await context.CloseAsync();
    }
}
