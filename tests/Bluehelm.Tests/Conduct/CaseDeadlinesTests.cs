using Bluehelm.Modules.Conduct;
using Bluehelm.Modules.Conduct.Deadlines;
using Bluehelm.Modules.Conduct.Domain;
using CsCheck;

namespace Bluehelm.Tests.Conduct;

/// <summary>The deadline arithmetic by hand-worked examples (dates checked against a calendar), then by properties against a day-by-day count.</summary>
public sealed class CaseDeadlinesTests
{
    private static readonly ConductOptions Defaults = new();

    private static DateOnly D(int year, int month, int day) => new(year, month, day);

    private static ConductCase Case(bool urgent = false, DateOnly? started = null, DateOnly? referred = null, params InvestigationPause[] pauses)
    {
        var c = new ConductCase
        {
            Reference = "SEA-TEST-2026-0001",
            MissionCode = "MINUSCA",
            Source = CaseSource.Live,
            Stage = started is null ? CaseStage.Referred : CaseStage.Investigation,
            Urgent = urgent,
            InvestigationStartedOn = started,
            ReferredOn = referred,
        };
        c.Pauses.AddRange(pauses);
        return c;
    }

    private static InvestigationPause Pause(DateOnly from, DateOnly? to) => new() { From = from, To = to, Reason = "test" };

    [Fact]
    public void For_ReferralOnAFriday_DueTwoWeeksLaterOnFriday()
    {
        // Friday 27 November 2026: Mon 30 Nov to Fri 4 Dec are days 1 to 5, Mon 7 to Fri 11 Dec days 6 to 10.
        var d = CaseDeadlines.For(Case(referred: D(2026, 11, 27)), Defaults, D(2026, 11, 30));

        d.ReferralDue.ShouldBe(D(2026, 12, 11));
        d.ReferralWorkingDaysLeft.ShouldBe(9);
        d.ReferralOverdue.ShouldBeFalse();
    }

    [Fact]
    public void For_ReferralOnAThursday_CountsAcrossTwoWeekends()
    {
        // Thursday 26 November: Fri 27 is day 1, the weekend skipped, Thu 10 December day 10.
        CaseDeadlines.AddWorkingDays(D(2026, 11, 26), 10).ShouldBe(D(2026, 12, 10));
        // A referral made on a Saturday counts from the Monday: the same due day as the Friday before.
        CaseDeadlines.AddWorkingDays(D(2026, 11, 28), 10).ShouldBe(D(2026, 12, 11));
    }

    [Theory]
    [InlineData(2026, 12, 10, 1, false)] // Thursday, the day before
    [InlineData(2026, 12, 11, 0, false)] // Friday, the due day
    [InlineData(2026, 12, 12, -1, true)] // Saturday: past the due day already
    [InlineData(2026, 12, 13, -1, true)] // Sunday
    [InlineData(2026, 12, 14, -1, true)] // Monday, the first working day after
    [InlineData(2026, 12, 15, -2, true)] // Tuesday
    public void For_ReferralAroundItsDueDay_WorkingDaysLeftAndOverdue(int year, int month, int day, int left, bool overdue)
    {
        var d = CaseDeadlines.For(Case(referred: D(2026, 11, 27)), Defaults, D(year, month, day));

        d.ReferralWorkingDaysLeft.ShouldBe(left);
        d.ReferralOverdue.ShouldBe(overdue);
    }

    [Fact]
    public void For_AnsweredReferral_HasNoReferralDeadline()
    {
        var c = Case(referred: D(2026, 11, 27));
        c.MemberStateAnsweredOn = D(2026, 12, 20);

        CaseDeadlines.For(c, Defaults, D(2027, 1, 5)).ReferralDue.ShouldBeNull();
    }

    [Theory]
    [InlineData(false, 2026, 7, 9)] // 10 January + 180 days
    [InlineData(true, 2026, 4, 10)] // 10 January + 90 days
    public void For_UrgentOrNot_InvestigationDueAfterItsLength(bool urgent, int year, int month, int day)
    {
        var d = CaseDeadlines.For(Case(urgent, D(2026, 1, 10)), Defaults, D(2026, 3, 1));

        d.InvestigationDue.ShouldBe(D(year, month, day));
        d.InvestigationDaysLeft.ShouldBe(D(year, month, day).DayNumber - D(2026, 3, 1).DayNumber);
        d.Paused.ShouldBeFalse();
    }

    [Fact]
    public void For_UrgentOnItsNinetiethDay_DueTodayThenOverdue()
    {
        var c = Case(urgent: true, started: D(2026, 1, 10));

        CaseDeadlines.For(c, Defaults, D(2026, 4, 10)).InvestigationDaysLeft.ShouldBe(0);
        CaseDeadlines.For(c, Defaults, D(2026, 4, 10)).InvestigationOverdue.ShouldBeFalse();
        CaseDeadlines.For(c, Defaults, D(2026, 4, 11)).InvestigationDaysLeft.ShouldBe(-1);
        CaseDeadlines.For(c, Defaults, D(2026, 4, 11)).InvestigationOverdue.ShouldBeTrue();
    }

    [Fact]
    public void For_ConfiguredLengths_UsedInsteadOfTheDefaults()
    {
        var options = new ConductOptions { InvestigationDays = 120, UrgentInvestigationDays = 30, ReferralAnswerWorkingDays = 5 };

        CaseDeadlines.For(Case(false, D(2026, 1, 10)), options, D(2026, 1, 11)).InvestigationDue.ShouldBe(D(2026, 5, 10));
        CaseDeadlines.For(Case(true, D(2026, 1, 10)), options, D(2026, 1, 11)).InvestigationDue.ShouldBe(D(2026, 2, 9));
        CaseDeadlines.For(Case(referred: D(2026, 11, 27)), options, D(2026, 11, 30)).ReferralDue.ShouldBe(D(2026, 12, 4));
    }

    [Fact]
    public void For_PauseAcrossTheDeadline_MovesItByThePausedDays()
    {
        // Urgent, due 10 April unpaused; paused 1 to 21 April (20 days).
        var c = Case(true, D(2026, 1, 10), null, Pause(D(2026, 4, 1), D(2026, 4, 21)));

        // During the pause the clock stands: the 9 days left on 1 April are still 9 on 15 April.
        var during = CaseDeadlines.For(c, Defaults, D(2026, 4, 15));
        during.Paused.ShouldBeTrue();
        during.InvestigationDaysLeft.ShouldBe(9);
        during.InvestigationOverdue.ShouldBeFalse();

        var after = CaseDeadlines.For(c, Defaults, D(2026, 5, 1));
        after.Paused.ShouldBeFalse();
        after.InvestigationDue.ShouldBe(D(2026, 4, 30));
        after.InvestigationOverdue.ShouldBeTrue();
    }

    [Fact]
    public void For_OverlappingPauses_CountTheirCommonDaysOnce()
    {
        // 1 to 11 March and 6 to 16 March: 15 days stopped, not 20.
        var c = Case(false, D(2026, 1, 10), null, Pause(D(2026, 3, 6), D(2026, 3, 16)), Pause(D(2026, 3, 1), D(2026, 3, 11)));

        CaseDeadlines.For(c, Defaults, D(2026, 4, 1)).InvestigationDue.ShouldBe(D(2026, 7, 9).AddDays(15));
    }

    [Fact]
    public void For_PauseBeganBeforeTheInvestigation_CountsFromItsStart()
    {
        // Paused 1 to 20 January, investigation from 10 January: 10 days.
        var c = Case(false, D(2026, 1, 10), null, Pause(D(2026, 1, 1), D(2026, 1, 20)));

        CaseDeadlines.For(c, Defaults, D(2026, 2, 1)).InvestigationDue.ShouldBe(D(2026, 7, 19));
    }

    [Fact]
    public void For_OpenPause_CountsUpToToday()
    {
        var c = Case(false, D(2026, 1, 10), null, Pause(D(2026, 4, 1), null));

        var d = CaseDeadlines.For(c, Defaults, D(2026, 4, 5));
        d.Paused.ShouldBeTrue();
        d.InvestigationDue.ShouldBe(D(2026, 7, 13));
    }

    [Fact]
    public void For_HistoricalClosedOrCompleted_HasNoRunningClock()
    {
        var historical = Case(false, D(2026, 1, 10), D(2026, 1, 5));
        historical.Source = CaseSource.PublicTable;
        var closed = Case(false, D(2026, 1, 10), D(2026, 1, 5));
        closed.Stage = CaseStage.Closed;
        var completed = Case(false, D(2026, 1, 10));
        completed.InvestigationCompletedOn = D(2026, 3, 1);

        foreach (var c in new[] { historical, closed })
        {
            var d = CaseDeadlines.For(c, Defaults, D(2027, 1, 1));
            d.ShouldBe(new CaseDeadline(null, null, false, null, null));
        }

        CaseDeadlines.For(completed, Defaults, D(2027, 1, 1)).InvestigationDue.ShouldBeNull();
    }

    private static readonly Gen<DateOnly> Day = Gen.Int[D(2024, 1, 1).DayNumber, D(2028, 12, 31).DayNumber].Select(DateOnly.FromDayNumber);

    [Fact]
    public void AddWorkingDays_AnyDayAndCount_LandsOnAWorkingDayThatManyWorkingDaysAhead()
    {
        Gen.Select(Day, Gen.Int[1, 40]).Sample((from, count) =>
        {
            var due = CaseDeadlines.AddWorkingDays(from, count);
            CaseDeadlines.IsWorkingDay(due).ShouldBeTrue();
            CountWorkingDays(from, due).ShouldBe(count);
            CaseDeadlines.WorkingDaysBetween(from, due).ShouldBe(count);
        });
    }

    [Fact]
    public void WorkingDaysBetween_PastDueDay_OverdueByTheWorkingDaysSinceAndAtLeastOne()
    {
        Gen.Select(Day, Gen.Int[1, 30]).Sample((due, after) =>
        {
            var today = due.AddDays(after);
            CaseDeadlines.WorkingDaysBetween(today, due).ShouldBe(-Math.Max(1, CountWorkingDays(due, today)));
        });
    }

    private static readonly Gen<InvestigationPause> PauseGen =
        Gen.Select(Gen.Int[-30, 200], Gen.Int[0, 60], Gen.Bool,
            (start, length, open) => Pause(D(2026, 1, 10).AddDays(start), open ? null : D(2026, 1, 10).AddDays(start + length)));

    [Fact]
    public void PausedDays_AnyPauses_EqualsTheDaysCoveredCountedOneByOne()
    {
        Gen.Select(PauseGen.Array[0, 6], Gen.Int[0, 300]).Sample((pauses, elapsed) =>
        {
            var started = D(2026, 1, 10);
            var today = started.AddDays(elapsed);
            var expected = 0;
            for (var day = started; day < today; day = day.AddDays(1))
            {
                expected += pauses.Any(p => p.From <= day && day < (p.To ?? today)) ? 1 : 0;
            }

            CaseDeadlines.PausedDays(pauses, started, today).ShouldBe(expected);
            CaseDeadlines.PausedDays(Enumerable.Reverse(pauses), started, today).ShouldBe(expected);
        });
    }

    [Fact]
    public void For_WhileAnOpenPauseLasts_DaysLeftStayTheSame()
    {
        Gen.Select(Gen.Int[0, 170], Gen.Int[1, 100]).Sample((pausedAfter, lasting) =>
        {
            var started = D(2026, 1, 10);
            var c = Case(false, started, null, Pause(started.AddDays(pausedAfter), null));
            var first = CaseDeadlines.For(c, Defaults, started.AddDays(pausedAfter)).InvestigationDaysLeft;
            CaseDeadlines.For(c, Defaults, started.AddDays(pausedAfter + lasting)).InvestigationDaysLeft.ShouldBe(first);
        });
    }

    /// <summary>Working days after <paramref name="from"/> up to and including <paramref name="to"/>, one by one.</summary>
    private static int CountWorkingDays(DateOnly from, DateOnly to)
    {
        var n = 0;
        for (var day = from.AddDays(1); day <= to; day = day.AddDays(1))
        {
            n += day.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday ? 0 : 1;
        }

        return n;
    }
}
