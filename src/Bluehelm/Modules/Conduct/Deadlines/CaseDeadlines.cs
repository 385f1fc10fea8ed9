using Bluehelm.Modules.Conduct.Domain;

namespace Bluehelm.Modules.Conduct.Deadlines;

/// <summary>
/// Deadline arithmetic, the one place it lives. The investigation has 90 calendar days when the case
/// is urgent, 180 otherwise (<see cref="ConductOptions"/>), counted from the day it started; every
/// day of a recorded pause moves the deadline by a day. A referral's answer is due 10 working days
/// (Monday to Friday) after the referral day. Historical cases and closed ones have no running clock.
/// </summary>
internal static class CaseDeadlines
{
    public static CaseDeadline For(ConductCase c, ConductOptions options, DateOnly today)
    {
        if (c.Source == CaseSource.PublicTable || c.Stage == CaseStage.Closed)
        {
            return new CaseDeadline(null, null, false, null, null);
        }

        DateOnly? investigationDue = null;
        int? daysLeft = null;
        var paused = false;
        if (c.InvestigationStartedOn is { } started && c.InvestigationCompletedOn is null)
        {
            var length = c.Urgent ? options.UrgentInvestigationDays : options.InvestigationDays;
            var pausedDays = c.Pauses.Sum(p => PausedDays(p, started, today));
            paused = c.Pauses.Any(p => p.From <= today && (p.To is null || p.To > today));
            investigationDue = started.AddDays(length + pausedDays);
            daysLeft = investigationDue.Value.DayNumber - today.DayNumber;
        }

        DateOnly? referralDue = null;
        int? workingDaysLeft = null;
        if (c.ReferredOn is { } referred && c.MemberStateAnsweredOn is null)
        {
            referralDue = AddWorkingDays(referred, options.ReferralAnswerWorkingDays);
            workingDaysLeft = WorkingDaysBetween(today, referralDue.Value);
        }

        return new CaseDeadline(investigationDue, daysLeft, paused, referralDue, workingDaysLeft);
    }

    /// <summary>Calendar days of a pause that fall on or after the start, up to its end (or today while it lasts).</summary>
    public static int PausedDays(InvestigationPause pause, DateOnly started, DateOnly today)
    {
        var from = pause.From < started ? started : pause.From;
        var to = pause.To ?? today;
        return Math.Max(0, to.DayNumber - from.DayNumber);
    }

    public static bool IsWorkingDay(DateOnly day) => day.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday);

    /// <summary>The day <paramref name="count"/> working days after <paramref name="from"/> (which itself does not count).</summary>
    public static DateOnly AddWorkingDays(DateOnly from, int count)
    {
        var day = from;
        for (var added = 0; added < count;)
        {
            day = day.AddDays(1);
            if (IsWorkingDay(day))
            {
                added++;
            }
        }

        return day;
    }

    /// <summary>Working days from <paramref name="from"/> to <paramref name="to"/>: positive ahead, negative past, 0 on the day.</summary>
    public static int WorkingDaysBetween(DateOnly from, DateOnly to)
    {
        if (from == to)
        {
            return 0;
        }

        var sign = to > from ? 1 : -1;
        var count = 0;
        for (var day = from; day != to;)
        {
            day = day.AddDays(sign);
            if (IsWorkingDay(day))
            {
                count++;
            }
        }

        return sign * count;
    }
}
