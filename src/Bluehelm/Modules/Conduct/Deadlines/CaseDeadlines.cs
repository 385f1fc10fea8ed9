using Bluehelm.Modules.Conduct.Domain;

namespace Bluehelm.Modules.Conduct.Deadlines;

/// <summary>
/// Deadline arithmetic, the one place it lives.
/// <list type="bullet">
/// <item>The investigation has 90 calendar days when the case is urgent, 180 otherwise
/// (<see cref="ConductOptions"/>), counted from the day it started. Every calendar day on which the
/// clock was paused moves the deadline by one day: pauses are merged first, so two overlapping
/// pauses count their common days once; a pause that began before the investigation counts from
/// the investigation's start; a pause still open (or one recorded ahead) counts only up to today,
/// so while it lasts the days left stay the same and the deadline moves a day each day.</item>
/// <item>A referral's answer is due 10 working days (Monday to Friday) after the referral day, the
/// referral day itself not counted. UN holidays and national holidays are deliberately not
/// counted: the rule the member states agreed to is stated in working days without a shared
/// holiday calendar, the two sides (a mission and a capital) keep different holidays, and a count
/// both can redo from the calendar alone is the one that settles a dispute.</item>
/// </list>
/// Historical cases (from the public table) and closed ones have no running clock; a completed
/// investigation or an answered referral no longer has a deadline.
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
            investigationDue = InvestigationDue(started, c.Urgent ? options.UrgentInvestigationDays : options.InvestigationDays, c.Pauses, today);
            daysLeft = investigationDue.Value.DayNumber - today.DayNumber;
            paused = c.Pauses.Any(p => p.From <= today && (p.To is null || p.To > today));
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

    /// <summary>The start plus the allowed length plus every paused day up to today.</summary>
    public static DateOnly InvestigationDue(DateOnly started, int lengthDays, IEnumerable<InvestigationPause> pauses, DateOnly today) =>
        started.AddDays(lengthDays + PausedDays(pauses, started, today));

    /// <summary>
    /// Calendar days the clock stood still between the start and today: a pause from day A to day B
    /// stops it on A and restarts it on B (B − A days); overlapping pauses are merged, so a day is
    /// counted once however many pauses cover it.
    /// </summary>
    public static int PausedDays(IEnumerable<InvestigationPause> pauses, DateOnly started, DateOnly today)
    {
        var spans = pauses
            .Select(p => (From: Max(p.From, started), To: Min(p.To ?? today, today)))
            .Where(s => s.To > s.From)
            .OrderBy(s => s.From)
            .ToList();
        var total = 0;
        DateOnly? openFrom = null;
        var openTo = default(DateOnly);
        foreach (var (from, to) in spans)
        {
            if (openFrom is null || from > openTo)
            {
                total += openFrom is { } f ? openTo.DayNumber - f.DayNumber : 0;
                (openFrom, openTo) = (from, to);
            }
            else if (to > openTo)
            {
                openTo = to;
            }
        }

        return total + (openFrom is { } last ? openTo.DayNumber - last.DayNumber : 0);
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

    /// <summary>
    /// Working days from <paramref name="from"/> (today) to <paramref name="to"/> (a due day): ahead,
    /// the working days after today up to and including the due day (1 the day before it); 0 on the
    /// due day; past, minus the working days after the due day up to and including today, and at
    /// least −1, so a Saturday after a Friday due day is already overdue.
    /// </summary>
    public static int WorkingDaysBetween(DateOnly from, DateOnly to)
    {
        if (from == to)
        {
            return 0;
        }

        var (first, last) = to > from ? (from, to) : (to, from);
        var count = 0;
        for (var day = first.AddDays(1); day <= last; day = day.AddDays(1))
        {
            if (IsWorkingDay(day))
            {
                count++;
            }
        }

        return to > from ? count : -Math.Max(1, count);
    }

    private static DateOnly Max(DateOnly a, DateOnly b) => a > b ? a : b;

    private static DateOnly Min(DateOnly a, DateOnly b) => a < b ? a : b;
}
