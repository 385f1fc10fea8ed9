using Bluehelm.Modules.Conduct.Data;
using Bluehelm.Modules.Conduct.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Bluehelm.BrowserTests;

/// <summary>
/// The public statistics page in Chromium, in French, without signing in: a reader chooses the
/// breakdown by mission with the GET form and reads the trend chart, its table and the breakdown,
/// with small cells shown as "moins de 3" and no English interface text.
/// </summary>
public sealed class ConductStatisticsBrowserTests(BrowserApp app) : IClassFixture<BrowserApp>
{
    private const string Mission = "TSTF";

    [Fact]
    public async Task StatisticsPage_French_ChartTableAndBreakdownInFrench()
    {
        await SeedAsync(app.Services);
        var page = await app.NewPage("fr-FR");

        await page.GotoAsync("/conduct/statistics");
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("Statistiques");
        await page.Locator("#by").SelectOptionAsync("mission");
        await page.Locator("#sea-filters button[type=submit]").ClickAsync();
        await page.WaitForURLAsync(url => url.Contains("by=mission", StringComparison.Ordinal));

        await Assertions.Expect(page.Locator("#sea-trend svg title")).ToHaveTextAsync("Allégations enregistrées par année");
        (await page.Locator("#sea-trend g.year-bar").CountAsync()).ShouldBeGreaterThanOrEqualTo(2);
        await Assertions.Expect(page.Locator("#sea-trend-table")).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("#sea-table-h")).ToHaveTextAsync("Mission");
        await Assertions.Expect(page.Locator($"#sea-table tr[data-key={Mission}]")).ToBeVisibleAsync();
        (await page.Locator("table.data td.num").AllTextContentsAsync()).ShouldContain("moins de 3");
        (await page.Locator("table.data td.num").AllTextContentsAsync()).ShouldNotContain(t => t.Trim() == "1" || t.Trim() == "2");
        await Assertions.Expect(page.Locator("#sea-source")).ToContainTextAsync("juillet 2024");
        await Assertions.Expect(page.Locator("#export-xlsx")).ToHaveAttributeAsync("href", "/api/v1/conduct/statistics.xlsx?by=mission");
        await BrowserApp.Screenshot(page, "conduct-statistics-fr");

        Pages.EnglishOnlyPhrasesIn(await Pages.FrenchText(page)).ShouldBeEmpty();
    }

    /// <summary>A handful of cases of a mission of the test's own over two years, one year with a single case (once per host).</summary>
    internal static async Task SeedAsync(IServiceProvider services)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ConductDbContext>();
        if (await db.Set<ConductCase>().AnyAsync(c => c.MissionCode == Mission))
        {
            return;
        }

        var now = scope.ServiceProvider.GetRequiredService<TimeProvider>().GetUtcNow();
        foreach (var (year, count) in new[] { (2044, 6), (2045, 1) })
        {
            for (var i = 0; i < count; i++)
            {
                var c = new ConductCase
                {
                    Reference = $"SEA-{Mission}-{year}-{i:0000}",
                    MissionId = Guid.CreateVersion7(),
                    MissionCode = Mission,
                    Source = CaseSource.PublicTable,
                    Stage = CaseStage.Closed,
                    ReportedOn = new DateOnly(year, 3, 1),
                    ReportedPrecision = DatePrecision.Month,
                    ReportedYear = year,
                    Finding = i % 2 == 0 ? Finding.Substantiated : Finding.Unsubstantiated,
                    InvestigationDays = 100 + i,
                    CreatedAt = now,
                    UpdatedAt = now,
                };
                c.Allegations.Add(new CaseAllegation { CaseId = c.Id, Category = AllegationCategory.SexualExploitation, Type = AllegationType.TransactionalSex });
                c.Subjects.Add(new CaseSubject { CaseId = c.Id, Category = PersonnelCategory.MilitaryContingent, NationalityIso2 = "SN" });
                c.Victims.Add(new CaseVictim { CaseId = c.Id, Count = 1, AgeGroup = AgeGroup.Adult, Sex = Sex.Female });
                db.Add(c);
            }
        }

        await db.SaveChangesAsync();
    }
}
