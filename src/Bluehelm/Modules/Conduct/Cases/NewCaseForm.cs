using System.Globalization;
using Bluehelm.Modules.Conduct.Domain;
using Microsoft.AspNetCore.Http;

namespace Bluehelm.Modules.Conduct.Cases;

/// <summary>
/// The page's intake form as the request it stands for. The incident date is chosen as a kind
/// (unknown, a day, a month, a year, a range of years) with the fields of that kind; the form has
/// two rows each of allegations, subjects and victims, a row counting when its first field is filled.
/// </summary>
internal static class NewCaseForm
{
    public const int Rows = 2;

    public static NewCase Read(IFormCollection form, FieldErrors errors)
    {
        var f = new FormReader(form, errors);
        var (from, fromPrecision, to, toPrecision) = Incident(f);
        var allegations = Enumerable.Range(0, Rows)
            .Where(i => !string.IsNullOrEmpty(f.Text($"allegations[{i}].type")))
            .Select(i => new AllegationInput(f.Enum<AllegationCategory>($"allegations[{i}].category"), f.Enum<AllegationType>($"allegations[{i}].type")))
            .ToList();
        var subjects = Enumerable.Range(0, Rows)
            .Where(i => !string.IsNullOrWhiteSpace(f.Text($"subjects[{i}].count")))
            .Select(i => SubjectInput.FromForm(f, $"subjects[{i}]."))
            .ToList();
        var victims = Enumerable.Range(0, Rows)
            .Where(i => !string.IsNullOrWhiteSpace(f.Text($"victims[{i}].count")))
            .Select(i => VictimInput.FromForm(f, $"victims[{i}]."))
            .ToList();
        return new NewCase(
            f.Text("mission"), f.Date("reportedOn"), from, fromPrecision, to, toPrecision, f.Enum<HowReported>("howReported"), f.Bool("urgent"),
            allegations, subjects, victims, f.Bool("paternityClaimed"), f.Text("narrative"), f.Text("reporterName"), f.Text("reporterContact"));
    }

    private static (DateOnly?, DatePrecision, DateOnly?, DatePrecision) Incident(FormReader f)
    {
        switch (f.Text("incidentKind"))
        {
            case "day":
                return f.Date("incidentDay") is { } day ? (day, DatePrecision.Day, null, DatePrecision.Unknown) : Missing(f, "incidentDay");
            case "month":
                return DateOnly.TryParseExact(f.Text("incidentMonth")?.Trim(), "yyyy-MM", CultureInfo.InvariantCulture, DateTimeStyles.None, out var month)
                    ? (month, DatePrecision.Month, null, DatePrecision.Unknown)
                    : Missing(f, "incidentMonth");
            case "year":
                return Year(f, "incidentYear") is { } year ? (year, DatePrecision.Year, null, DatePrecision.Unknown) : Missing(f, "incidentYear");
            case "range":
                var first = Year(f, "rangeFrom");
                var last = Year(f, "rangeTo");
                if (first is null || last is null)
                {
                    return Missing(f, first is null ? "rangeFrom" : "rangeTo");
                }

                if (last < first)
                {
                    f.Errors.Add("rangeTo", "before-start");
                }

                return (first, DatePrecision.Year, last, DatePrecision.Year);
            default:
                return (null, DatePrecision.Unknown, null, DatePrecision.Unknown);
        }
    }

    private static DateOnly? Year(FormReader f, string field) =>
        Numbers(f.Text(field)) is { } y and >= 1990 and <= 2100 ? new DateOnly(y, 1, 1) : null;

    private static int? Numbers(string? text) =>
        Bluehelm.Platform.Localization.Numbers.TryParseCount(text, out var n) ? n : null;

    private static (DateOnly?, DatePrecision, DateOnly?, DatePrecision) Missing(FormReader f, string field)
    {
        // Nothing typed for the precision chosen says "required", something unreadable "invalid".
        f.Errors.Add(field, string.IsNullOrWhiteSpace(f.Text(field)) ? "required" : "invalid");
        return (null, DatePrecision.Unknown, null, DatePrecision.Unknown);
    }
}
