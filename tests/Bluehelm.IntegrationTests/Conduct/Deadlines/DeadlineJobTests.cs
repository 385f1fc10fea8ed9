using System.Text.RegularExpressions;
using Bluehelm.Cli;
using Bluehelm.Modules.Conduct.Deadlines;
using Bluehelm.Modules.Conduct.Domain;
using Microsoft.Extensions.DependencyInjection;

namespace Bluehelm.IntegrationTests.Conduct.Deadlines;

/// <summary>
/// The deadline job's body on a fake clock. The clock only moves forward and is the class's own, so
/// every case is seeded relative to the clock's day when the test starts, whatever ran before.
/// </summary>
public sealed partial class DeadlineJobTests(ClockedApp app) : IClassFixture<ClockedApp>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private DateOnly Today => DeadlineSeed.Today(app.Services);

    private void MoveTo(DateOnly day)
    {
        var at = new DateTimeOffset(day.ToDateTime(new TimeOnly(8, 0)), TimeSpan.Zero);
        if (at > app.Clock.GetUtcNow())
        {
            app.Clock.SetUtcNow(at);
        }
    }

    private async Task<FlagOverdueResult> RunAsync()
    {
        await using var scope = app.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<FlagOverdueCases>().RunAsync(Ct);
    }

    [Fact]
    public async Task RunAsync_ReferralUnanswered_NotOverdueOnTheTenthWorkingDayOverdueOnTheNext()
    {
        var friday = Today.AddDays(1);
        while (friday.DayOfWeek != DayOfWeek.Friday)
        {
            friday = friday.AddDays(1);
        }

        var c = await DeadlineSeed.AddAsync(app.Services, "MINUSCA", CaseStage.Referred, x => x.ReferredOn = friday);
        // Referred on a Friday: ten working days later is the Friday two weeks on.
        var due = friday.AddDays(14);

        MoveTo(due);
        (await RunAsync()).ReferralsOverdue.ShouldBeGreaterThanOrEqualTo(0);
        var onTheDay = await DeadlineSeed.ReadAsync(app.Services, c.Id);
        onTheDay.ReferralDueOn.ShouldBe(due);
        onTheDay.ReferralOverdue.ShouldBeFalse();

        MoveTo(due.AddDays(3));
        (await RunAsync()).ReferralsOverdue.ShouldBeGreaterThanOrEqualTo(1);
        var monday = await DeadlineSeed.ReadAsync(app.Services, c.Id);
        monday.ReferralOverdue.ShouldBeTrue();
        monday.InvestigationOverdue.ShouldBeFalse();

        // Written by the system, in the Conduct trail, with the flag's change and no sealed value.
        var updates = await DeadlineSeed.TrailAsync(app.Services, q => q.Where(a => a.EntityType == nameof(ConductCase) && a.EntityId == c.Id.ToString() && a.Action == "update"));
        updates.ShouldNotBeEmpty();
        updates.ShouldAllBe(a => a.Actor == "system" && a.UserId == null);
        updates.ShouldContain(a => a.Details!.Contains("ReferralOverdue"));
        updates.ShouldAllBe(a => !a.Details!.Contains(DeadlineSeed.SealedMarker));
    }

    [Fact]
    public async Task RunAsync_InvestigationWithAFiveDayPause_DueFiveDaysLater()
    {
        var started = Today.AddDays(-170);
        var c = await DeadlineSeed.AddAsync(app.Services, "MINUSCA", CaseStage.Investigation, x =>
        {
            x.InvestigationStartedOn = started;
            x.Pauses.Add(new InvestigationPause { CaseId = x.Id, From = started.AddDays(10), To = started.AddDays(15), Reason = "victim in hospital" });
        });
        var due = started.AddDays(180 + 5);

        await RunAsync();
        var before = await DeadlineSeed.ReadAsync(app.Services, c.Id);
        before.InvestigationDueOn.ShouldBe(due);
        before.InvestigationOverdue.ShouldBeFalse();

        MoveTo(due);
        await RunAsync();
        (await DeadlineSeed.ReadAsync(app.Services, c.Id)).InvestigationOverdue.ShouldBeFalse();

        MoveTo(due.AddDays(1));
        await RunAsync();
        (await DeadlineSeed.ReadAsync(app.Services, c.Id)).InvestigationOverdue.ShouldBeTrue();
    }

    [Fact]
    public async Task RunAsync_UrgentCase_OverdueAfterNinetyDaysTheOtherNot()
    {
        var started = Today.AddDays(-90);
        var urgent = await DeadlineSeed.AddAsync(app.Services, "MINUSCA", CaseStage.Investigation, x => (x.Urgent, x.InvestigationStartedOn) = (true, started));
        var other = await DeadlineSeed.AddAsync(app.Services, "MINUSCA", CaseStage.Investigation, x => x.InvestigationStartedOn = started);

        await RunAsync();
        (await DeadlineSeed.ReadAsync(app.Services, urgent.Id)).InvestigationOverdue.ShouldBeFalse();

        MoveTo(started.AddDays(91));
        await RunAsync();
        var u = await DeadlineSeed.ReadAsync(app.Services, urgent.Id);
        u.InvestigationDueOn.ShouldBe(started.AddDays(90));
        u.InvestigationOverdue.ShouldBeTrue();
        var o = await DeadlineSeed.ReadAsync(app.Services, other.Id);
        o.InvestigationDueOn.ShouldBe(started.AddDays(180));
        o.InvestigationOverdue.ShouldBeFalse();
    }

    [Fact]
    public async Task RunAsync_ClosedCaseStillFlaggedAndHistoricalCase_ClosedClearedHistoricalLeftAlone()
    {
        var closed = await DeadlineSeed.AddAsync(app.Services, "MINUSCA", CaseStage.Closed, x =>
        {
            (x.InvestigationStartedOn, x.InvestigationDueOn, x.InvestigationOverdue, x.ReferralOverdue) = (Today.AddDays(-400), Today.AddDays(-220), true, true);
            x.ClosedOn = Today;
        });
        var historical = await DeadlineSeed.AddAsync(app.Services, "MINUSCA", CaseStage.Investigation, x =>
        {
            x.Source = CaseSource.PublicTable;
            (x.InvestigationStartedOn, x.ReferredOn) = (Today.AddDays(-900), Today.AddDays(-900));
        });

        await RunAsync();

        var c = await DeadlineSeed.ReadAsync(app.Services, closed.Id);
        (c.InvestigationOverdue, c.ReferralOverdue, c.InvestigationDueOn).ShouldBe((false, false, (DateOnly?)null));
        var h = await DeadlineSeed.ReadAsync(app.Services, historical.Id);
        (h.InvestigationOverdue, h.ReferralOverdue, h.InvestigationDueOn, h.ReferralDueOn).ShouldBe((false, false, (DateOnly?)null, (DateOnly?)null));
    }

    [Fact]
    public async Task RunAsync_SecondRunTheSameDay_WritesNothing()
    {
        var c = await DeadlineSeed.AddAsync(app.Services, "MINUSCA", CaseStage.Investigation, x => x.InvestigationStartedOn = Today.AddDays(-200));
        await RunAsync();
        var first = await DeadlineSeed.TrailAsync(app.Services, q => q.Where(a => a.EntityId == c.Id.ToString() && a.Action == "update"));
        first.Count.ShouldBe(1);

        await RunAsync();

        (await DeadlineSeed.TrailAsync(app.Services, q => q.Where(a => a.EntityId == c.Id.ToString() && a.Action == "update"))).Count.ShouldBe(1);
    }

    [Fact]
    public async Task Cli_ConductDeadlines_FlagsAndPrintsTheCounts()
    {
        // The command line runs on the real clock: a case overdue on any day from now on.
        var c = await DeadlineSeed.AddAsync(app.Services, "MINUSCA", CaseStage.Investigation, x => (x.Urgent, x.InvestigationStartedOn) = (true, new DateOnly(2020, 1, 6)));
        var stdout = new StringWriter();
        var stderr = new StringWriter();

        var exit = await CliApp.RunAsync(["conduct", "deadlines"], stdout, stderr, new StringReader(""), app.Settings);

        exit.ShouldBe(0, stderr.ToString());
        var m = Counts().Match(stdout.ToString());
        m.Success.ShouldBeTrue(stdout.ToString());
        int.Parse(m.Groups["inv"].Value, System.Globalization.CultureInfo.InvariantCulture).ShouldBeGreaterThanOrEqualTo(1);
        (await DeadlineSeed.ReadAsync(app.Services, c.Id)).InvestigationOverdue.ShouldBeTrue();
        stdout.ToString().ShouldNotContain(c.Reference);
    }

    [GeneratedRegex(@"^Checked \d+ cases, updated \d+: (?<inv>\d+) investigations overdue, \d+ referrals overdue\.", RegexOptions.Multiline)]
    private static partial Regex Counts();
}
