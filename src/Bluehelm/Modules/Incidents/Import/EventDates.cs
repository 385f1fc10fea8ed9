using System.Globalization;
using System.Text.RegularExpressions;

namespace Bluehelm.Modules.Incidents.Import;

/// <summary>
/// Event dates as the sources write them, read in the invariant culture (English month names) and
/// always day first: ACLED's API and current exports write <c>2020-03-21</c>, its data export tool
/// <c>21 March 2020</c>, the 2019-2021 exports <c>21-March-2020</c>, spreadsheets re-saved in Europe
/// <c>21/03/2020</c>; HXL asks for ISO 8601 and allows a month (<c>2020-03</c>) or a year alone.
/// A failure says why: empty, not a date form, a date form with no such day, or a year out of range.
/// </summary>
internal static partial class EventDates
{
    public const int FirstYear = 1900;
    public const int LastYear = 2100;

    private static readonly string[] DayForms =
    [
        "yyyy-MM-dd", "yyyy-M-d",
        "d MMMM yyyy", "d MMM yyyy",
        "d-MMMM-yyyy", "d-MMM-yyyy",
        "d/M/yyyy",
    ];

    /// <summary>Reads one day. On failure <paramref name="problem"/> is a <see cref="ProblemText"/> date code.</summary>
    public static bool TryParseDay(string? text, out DateOnly day, out string problem)
    {
        day = default;
        var s = text?.Trim() ?? "";
        if (s.Length == 0)
        {
            problem = ProblemText.DateMissing;
            return false;
        }

        // An ISO date and time (2020-03-21T14:00:00Z, 2020-03-21 00:00:00) keeps its date as written,
        // never shifted to another day by its offset.
        if (s.Length > 10 && s[4] == '-' && s[7] == '-' && s[10] is 'T' or ' ' && DateTimeOffset.TryParse(s, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out _))
        {
            s = s[..10];
        }

        if (DateOnly.TryParseExact(s, DayForms, CultureInfo.InvariantCulture, DateTimeStyles.None, out day))
        {
            return InRange(day.Year, out problem);
        }

        problem = Classify(s);
        return false;
    }

    /// <summary>
    /// Reads a day, a month (<c>2020-03</c>, <c>March 2020</c>) or a year (<c>2020</c>) as the period it
    /// covers, with its precision: HXL's <c>#date</c> may be any of them.
    /// </summary>
    public static bool TryParsePeriod(string? text, out DateOnly start, out DateOnly end, out DatePrecision precision, out string problem)
    {
        var s = text?.Trim() ?? "";
        precision = DatePrecision.Day;
        if (TryParseDay(s, out start, out problem))
        {
            end = start;
            return true;
        }

        end = default;
        if (problem != ProblemText.DateInvalid)
        {
            return false;
        }

        if (DateOnly.TryParseExact(s, ["yyyy-MM", "yyyy-M", "MMMM yyyy", "MMM yyyy"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var month))
        {
            start = new DateOnly(month.Year, month.Month, 1);
            end = start.AddMonths(1).AddDays(-1);
            precision = DatePrecision.Month;
            return InRange(start.Year, out problem);
        }

        if (s.Length == 4 && int.TryParse(s, NumberStyles.None, CultureInfo.InvariantCulture, out var year))
        {
            if (!InRange(year, out problem))
            {
                return false;
            }

            start = new DateOnly(year, 1, 1);
            end = new DateOnly(year, 12, 31);
            precision = DatePrecision.Year;
            return true;
        }

        problem = ProblemText.DateInvalid;
        return false;
    }

    private static bool InRange(int year, out string problem)
    {
        problem = year is < FirstYear or > LastYear ? ProblemText.DateRange : "";
        return problem.Length == 0;
    }

    // A text shaped like one of the forms ("2020-02-30", "03/21/2020", "31 June 2020") names a day that
    // does not exist; anything else is not a date at all.
    private static string Classify(string s)
    {
        var numeric = NumericShape().Match(s);
        if (numeric.Success)
        {
            var yearFirst = numeric.Groups["y1"].Success;
            var year = int.Parse(yearFirst ? numeric.Groups["y1"].Value : numeric.Groups["y2"].Value, CultureInfo.InvariantCulture);
            return year is < FirstYear or > LastYear ? ProblemText.DateRange : ProblemText.DateImpossible;
        }

        var named = NamedShape().Match(s);
        if (named.Success && DateOnly.TryParseExact("1 " + named.Groups["m"].Value + " 2000", ["d MMMM yyyy", "d MMM yyyy"], CultureInfo.InvariantCulture, DateTimeStyles.None, out _))
        {
            var year = int.Parse(named.Groups["y"].Value, CultureInfo.InvariantCulture);
            return year is < FirstYear or > LastYear ? ProblemText.DateRange : ProblemText.DateImpossible;
        }

        return ProblemText.DateInvalid;
    }

    [GeneratedRegex(@"^(?:(?<y1>\d{4})-\d{1,2}-\d{1,2}|\d{1,2}/\d{1,2}/(?<y2>\d{4}))$", RegexOptions.CultureInvariant)]
    private static partial Regex NumericShape();

    [GeneratedRegex(@"^\d{1,2}[ -](?<m>[A-Za-z]+)[ -](?<y>\d{4})$", RegexOptions.CultureInvariant)]
    private static partial Regex NamedShape();
}
