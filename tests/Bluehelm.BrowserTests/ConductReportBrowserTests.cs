using Bluehelm.Modules.Conduct.Data;
using Bluehelm.Modules.Conduct.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Bluehelm.BrowserTests;

/// <summary>
/// The anonymous report and the status check in Chromium, in English and French, as a member of the
/// public would use them: no account, the reference and secret written down from the page, then typed back.
/// </summary>
public sealed class ConductReportBrowserTests(BrowserApp app) : IClassFixture<BrowserApp>
{
    [Theory]
    [InlineData("en")]
    [InlineData("fr")]
    public async Task Report_ThenStatusCheck_ReferenceAndSecretFromThePageWork(string language)
    {
        var french = language == "fr";
        var page = await app.NewPage(french ? "fr-FR" : "en-GB");
        await page.GotoAsync("/conduct/report");
        await Assertions.Expect(page.Locator("main h1")).ToHaveTextAsync(french ? "Signaler une exploitation ou des atteintes sexuelles" : "Report sexual exploitation or abuse");
        await Assertions.Expect(page.Locator(".conduct-intro")).ToContainTextAsync(french ? "Vous n'êtes pas obligé de donner votre nom" : "You do not have to give your name");

        // A year to come first: refused beside the question, and what was typed is kept.
        var what = $"Browser report ({language}): a soldier offered money at the checkpoint.";
        await page.Locator("#what").FillAsync(what);
        // The public table brings every mission the UN names (MINURSO before MINUSCA): choose the one reported on.
        await page.Locator("#mission").SelectOptionAsync("MINUSCA");
        await page.Locator("#when-kind-year").CheckAsync();
        await page.Locator("#when-year").FillAsync("3000");
        await page.Locator("form.form button[type=submit]").ClickAsync();
        await Assertions.Expect(page.Locator("#when-day-error")).ToContainTextAsync(french ? "Cette date est dans le futur ou antérieure à 1990." : "This date is in the future or before 1990.");
        await Assertions.Expect(page.Locator(".error-summary a")).ToHaveAttributeAsync("href", "/conduct/report#when-day");
        await Assertions.Expect(page.Locator("#what")).ToHaveValueAsync(what);

        await page.Locator("#when-kind-month").CheckAsync();
        await page.Locator("#when-month").FillAsync("2026-05");
        await page.Locator("#where").FillAsync("Bambari");
        await page.Locator("#harmed-age").SelectOptionAsync("Adult");
        await page.Locator("#involved").SelectOptionAsync("Uniformed");
        await BrowserApp.Screenshot(page, $"conduct-report-form-{language}");
        if (french)
        {
            Pages.EnglishOnlyPhrasesIn(await Pages.FrenchText(page)).ShouldBeEmpty();
        }

        await page.Locator("form.form button[type=submit]").ClickAsync();

        await Assertions.Expect(page.Locator("#receipt-title")).ToHaveTextAsync(french ? "Votre signalement a été reçu" : "Your report was received");
        var reference = (await page.Locator("#reference").InnerTextAsync()).Trim();
        var secret = (await page.Locator("#secret").InnerTextAsync()).Trim();
        reference.ShouldStartWith("SEA-MINUSCA-");
        secret.Length.ShouldBe(34);
        await BrowserApp.Screenshot(page, $"conduct-report-received-{language}");
        if (french)
        {
            Pages.EnglishOnlyPhrasesIn(await Pages.FrenchText(page)).ShouldBeEmpty();
        }

        await page.GetByRole(AriaRole.Link, new() { Name = french ? "Vérifier l'état d'un signalement" : "Check a report's status" }).ClickAsync();
        await page.Locator("#reference").FillAsync(reference);
        await page.Locator("#secret").FillAsync(secret.ToLowerInvariant());
        await page.Locator("form.form button[type=submit]").ClickAsync();

        await Assertions.Expect(page.Locator("#stage")).ToHaveTextAsync(french ? "Reçu : l'équipe Déontologie et discipline ne l'a pas encore examiné." : "Received: the conduct team has not looked at it yet.");
        new Uri(page.Url).Query.ShouldBeEmpty("the secret never goes into an address");
        await BrowserApp.Screenshot(page, $"conduct-report-status-{language}");
        if (french)
        {
            Pages.EnglishOnlyPhrasesIn(await Pages.FrenchText(page)).ShouldBeEmpty();
        }

        // A wrong secret: the one answer, whatever the reason.
        await page.GotoAsync("/conduct/report/status");
        await page.Locator("#reference").FillAsync(reference);
        await page.Locator("#secret").FillAsync("2345-6789-ABCD");
        await page.Locator("form.form button[type=submit]").ClickAsync();
        await Assertions.Expect(page.Locator("#reference-error")).ToContainTextAsync(french ? "Aucun signalement ne correspond" : "No report matches");
    }

    /// <summary>The tour's assistance page needs a MINUSCA case: the first one, or one written here with a victim.</summary>
    internal static async Task<Guid> TourCaseAsync(BrowserApp app)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ConductDbContext>();
        var existing = await db.Set<ConductCase>().Where(c => c.MissionCode == "MINUSCA" && c.Source == CaseSource.Live).OrderBy(c => c.Id).Select(c => c.Id).FirstOrDefaultAsync();
        if (existing != Guid.Empty)
        {
            return existing;
        }

        var missions = scope.ServiceProvider.GetRequiredService<Bluehelm.Modules.Missions.Contracts.IMissionDirectory>();
        var mission = (await missions.FindAsync("MINUSCA", CancellationToken.None))!;
        var @case = new ConductCase
        {
            Reference = "SEA-MINUSCA-2026-9001",
            MissionId = mission.Id,
            MissionCode = mission.Code,
            Stage = CaseStage.Assessment,
            ReportedOn = new DateOnly(2026, 10, 1),
            ReportedYear = 2026,
            HowReported = HowReported.InPerson,
            CreatedAt = new DateTimeOffset(2026, 10, 1, 9, 0, 0, TimeSpan.Zero),
            UpdatedAt = new DateTimeOffset(2026, 10, 1, 9, 0, 0, TimeSpan.Zero),
        };
        @case.Victims.Add(new CaseVictim { CaseId = @case.Id, AgeGroup = AgeGroup.Adult, Sex = Sex.Female });
        @case.Assistance.Add(new VictimAssistance { CaseId = @case.Id, Service = AssistanceService.Medical, Provider = "Hôpital communautaire de Bangui", RequestedOn = new DateOnly(2026, 10, 2) });
        db.Add(@case);
        await db.SaveChangesAsync();
        return @case.Id;
    }
}
