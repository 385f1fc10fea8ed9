using System.Globalization;
using System.Text.RegularExpressions;
using Bluehelm.Modules.Conduct.Domain;

namespace Bluehelm.Modules.Conduct.PublicTable.Cells;

/// <summary>The month an allegation was recorded: the first day of it, month precision, and its year (the "year" of every statistic).</summary>
internal sealed record ReportedMonth(DateOnly On, DatePrecision Precision, int Year);

/// <summary>
/// The <c>Date</c> column: <c>M/YYYY</c> as the table publishes it (<c>12/2023</c>). A workbook saved
/// by a spreadsheet program may hold a real date instead (a date cell, or its serial number); the
/// table publishes months, so only the month of such a date is kept.
/// </summary>
internal static partial class ReportedDateCell
{
    public const int FirstYear = 1990;
    public const int LastYear = 2100;

    public static ReportedMonth Parse(object? value) => value switch
    {
        null => throw new CellException("date.required"),
        DateTime d => Month(d.Year, d.Month),
        DateOnly d => Month(d.Year, d.Month),
        double serial => FromSerial(serial),
        decimal serial => FromSerial((double)serial),
        _ => ParseText(Convert.ToString(value, CultureInfo.InvariantCulture)),
    };

    private static ReportedMonth ParseText(string? raw)
    {
        var text = CellText.Clean(raw);
        if (text.Length == 0)
        {
            throw new CellException("date.required");
        }

        var m = MonthYear().Match(text);
        if (m.Success)
        {
            return Month(Number(m.Groups["y"].Value), Number(m.Groups["m"].Value));
        }

        // A date written out in full (1/15/2016 or 2016-01-15), as some exports of the table have it.
        string[] formats = ["M/d/yyyy", "yyyy-MM-dd", "yyyy-MM", "M/d/yyyy H:mm:ss", "yyyy-MM-dd HH:mm:ss", "yyyy-MM-ddTHH:mm:ss"];
        return DateTime.TryParseExact(text, formats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var d)
            ? Month(d.Year, d.Month)
            : throw new CellException("date.invalid");
    }

    private static ReportedMonth FromSerial(double serial)
    {
        // Excel serial days: 1 is 1900-01-01; anything before 1990 or after 2100 is not a recording date.
        if (double.IsNaN(serial) || serial < 32874 || serial > 73051)
        {
            throw new CellException("date.invalid");
        }

        var d = DateTime.FromOADate(serial);
        return Month(d.Year, d.Month);
    }

    private static ReportedMonth Month(int year, int month) =>
        year is >= FirstYear and <= LastYear && month is >= 1 and <= 12
            ? new ReportedMonth(new DateOnly(year, month, 1), DatePrecision.Month, year)
            : throw new CellException("date.invalid");

    private static int Number(string digits) => int.Parse(digits, NumberStyles.None, CultureInfo.InvariantCulture);

    [GeneratedRegex(@"^(?<m>\d{1,2})\s*/\s*(?<y>\d{4})$")]
    private static partial Regex MonthYear();
}
