using System.Globalization;
using Microsoft.Extensions.Localization;

namespace Bluehelm.Platform.Localization;

/// <summary>
/// Instants as every page writes them: in UTC, with the month as a word so that no reader has to
/// guess whether 12/1 is the first of December or the twelfth of January ("1 Dec 2026 07:02 UTC",
/// "1 déc. 2026 07:02 UTC"), and spans of time to or past a deadline ("due in 12 min",
/// "overdue by 31 h").
/// </summary>
public static class When
{
    /// <summary>Day, month as a word, year and 24-hour time in UTC, in the current culture.</summary>
    public static string Utc(DateTimeOffset at) =>
        at.ToUniversalTime().ToString("d MMM yyyy HH:mm", CultureInfo.CurrentCulture) + " UTC";

    /// <summary>Day, month as a word and year (no time), in the current culture.</summary>
    public static string Day(DateTimeOffset at) =>
        at.ToUniversalTime().ToString("d MMM yyyy", CultureInfo.CurrentCulture);

    /// <summary>A calendar date as "1 Dec 2026" / "1 déc. 2026".</summary>
    public static string Day(DateOnly day) => day.ToString("d MMM yyyy", CultureInfo.CurrentCulture);

    /// <summary>The time of day in UTC, 24-hour ("07:02 UTC").</summary>
    public static string Clock(DateTimeOffset at) => at.ToUniversalTime().ToString("HH:mm", CultureInfo.InvariantCulture) + " UTC";

    /// <summary>The machine-readable form for a <c>time</c> element's <c>datetime</c> attribute.</summary>
    public static string Iso(DateTimeOffset at) =>
        at.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);

    /// <summary>A span in the largest units that matter to a watch officer: "12 min", "3 h 05 min", "31 h", "3 d".</summary>
    public static string Span(IStringLocalizer<SharedText> text, TimeSpan span)
    {
        var s = span.Duration();
        if (s.TotalMinutes < 60)
        {
            return text["time.minutes", (int)s.TotalMinutes];
        }

        if (s.TotalHours < 10)
        {
            return text["time.hours-minutes", (int)s.TotalHours, s.Minutes.ToString("00", CultureInfo.InvariantCulture)];
        }

        return s.TotalHours < 48 ? text["time.hours", (int)s.TotalHours] : text["time.days", (int)s.TotalDays];
    }

    /// <summary>"due in 12 min" before the deadline, "overdue by 31 h" after it.</summary>
    public static string Deadline(IStringLocalizer<SharedText> text, DateTimeOffset due, DateTimeOffset now) =>
        due > now ? text["time.due-in", Span(text, due - now)] : text["time.overdue-by", Span(text, now - due)];

    /// <summary>"12 min ago", "31 h ago".</summary>
    public static string Ago(IStringLocalizer<SharedText> text, DateTimeOffset at, DateTimeOffset now) =>
        text["time.ago", Span(text, now - at)];
}
