using System.Globalization;
using System.Text.RegularExpressions;
using Bluehelm.Modules.Conduct.Domain;

namespace Bluehelm.Modules.Conduct.PublicTable.Cells;

/// <summary>
/// When it happened: one date (<see cref="To"/> null) or a range. Each end is the first day of what is
/// known (a month's first day, a year's first of January) with its precision; an end that is not known
/// is null with precision Unknown.
/// </summary>
internal sealed record IncidentDates(DateOnly? From, DatePrecision FromPrecision, DateOnly? To, DatePrecision ToPrecision)
{
    public static IncidentDates Unknown { get; } = new(null, DatePrecision.Unknown, null, DatePrecision.Unknown);
}

/// <summary>
/// The <c>Date of incident</c> column: <c>March / 2016</c>, <c>Unspecified / 2014</c> (the year only),
/// <c>Unknown</c>, or a range <c>A - B</c> whose ends take those forms (<c>Unspecified / 2014 - June / 2015</c>,
/// <c>May / 2020 - Unspecified</c>). Month names in English, in full or abbreviated.
/// </summary>
internal static partial class IncidentDateCell
{
    public static IncidentDates Parse(string? raw)
    {
        var text = CellText.Clean(raw);
        if (text.Length == 0 || IsUnknown(text))
        {
            return IncidentDates.Unknown;
        }

        var parts = RangeDash().Split(text);
        if (parts.Length > 2)
        {
            throw new CellException("incident.invalid");
        }

        var (from, fromPrecision) = End(parts[0]);
        if (parts.Length == 1)
        {
            return new IncidentDates(from, fromPrecision, null, DatePrecision.Unknown);
        }

        var (to, toPrecision) = End(parts[1]);
        // "August / 2021 - Unspecified / 2021": a year-precise end stands for the whole year.
        if (from is { } f && to is { } t && EndOf(t, toPrecision) < f)
        {
            throw new CellException("incident.range-order");
        }

        return new IncidentDates(from, fromPrecision, to, toPrecision);
    }

    private static (DateOnly?, DatePrecision) End(string part)
    {
        var text = part.Trim();
        if (IsUnknown(text))
        {
            return (null, DatePrecision.Unknown);
        }

        var m = MonthSlashYear().Match(text);
        if (!m.Success)
        {
            throw new CellException("incident.invalid");
        }

        var year = int.Parse(m.Groups["y"].Value, NumberStyles.None, CultureInfo.InvariantCulture);
        if (year is < 1945 or > ReportedDateCell.LastYear)
        {
            throw new CellException("incident.invalid");
        }

        var month = m.Groups["m"].Value;
        if (IsUnknown(month))
        {
            return (new DateOnly(year, 1, 1), DatePrecision.Year);
        }

        return MonthNumber(month) is { } n ? (new DateOnly(year, n, 1), DatePrecision.Month) : throw new CellException("incident.invalid");
    }

    private static DateOnly EndOf(DateOnly start, DatePrecision precision) => precision switch
    {
        DatePrecision.Year => new DateOnly(start.Year, 12, 31),
        DatePrecision.Month => start.AddMonths(1).AddDays(-1),
        _ => start,
    };

    private static bool IsUnknown(string text) => CellText.Is(text, "Unknown") || CellText.Is(text, "Unspecified") || CellText.IsNotApplicable(text);

    private static int? MonthNumber(string name)
    {
        var months = CultureInfo.InvariantCulture.DateTimeFormat;
        for (var i = 0; i < 12; i++)
        {
            if (CellText.Is(name, months.MonthNames[i]) || CellText.Is(name, months.AbbreviatedMonthNames[i]) || CellText.Is(name, months.AbbreviatedMonthNames[i] + "."))
            {
                return i + 1;
            }
        }

        return int.TryParse(name, NumberStyles.None, CultureInfo.InvariantCulture, out var number) && number is >= 1 and <= 12 ? number : null;
    }

    // A dash with spaces around it separates the ends; "Non-UN"-style hyphens inside words do not.
    [GeneratedRegex(@"\s+[-–]\s+")]
    private static partial Regex RangeDash();

    [GeneratedRegex(@"^(?<m>[A-Za-z.]+|\d{1,2})\s*/\s*(?<y>\d{4})$")]
    private static partial Regex MonthSlashYear();
}
