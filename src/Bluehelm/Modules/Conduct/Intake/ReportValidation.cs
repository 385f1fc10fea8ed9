using System.Globalization;
using Bluehelm.Modules.Conduct.Domain;
using Bluehelm.Platform.Geo;

namespace Bluehelm.Modules.Conduct.Intake;

/// <summary>
/// The checks of an anonymous report, shared by the page and the API: each error is a field and a
/// stable code (the API returns them, the page shows their localized message). The mission is
/// checked by the caller, against the mission list.
/// </summary>
internal static class ReportValidation
{
    public const int MaxNarrative = 4000;
    public const int MaxPlace = 500;
    public const int MaxContact = 300;
    public const int MaxVictims = 1000;

    public const string Mission = "mission";
    public const string WhatHappened = "whatHappened";
    public const string When = "when";
    public const string Where = "where";
    public const string HarmedCount = "harmed.count";
    public const string HarmedAge = "harmed.ageGroup";
    public const string HarmedSex = "harmed.sex";
    public const string InvolvedKind = "involved.kind";
    public const string Nationality = "involved.nationality";
    public const string Contact = "contact";

    public static List<(string Field, string Code)> Check(ReportRequest r, DateOnly today)
    {
        var errors = new List<(string, string)>();
        if (string.IsNullOrWhiteSpace(r.Mission))
        {
            errors.Add((Mission, "required"));
        }

        Text(errors, WhatHappened, r.WhatHappened, MaxNarrative, required: true);
        if (r.When is { Length: > 0 } when)
        {
            if (ParseWhen(when) is not { } parsed)
            {
                errors.Add((When, "invalid"));
            }
            else if (parsed.Date > today || parsed.Date.Year < 1990)
            {
                errors.Add((When, "out-of-range"));
            }
        }

        Text(errors, Where, r.Where, MaxPlace, required: false);
        if (r.Harmed is { } h)
        {
            if (h.Count is { } n && (n < 1 || n > MaxVictims))
            {
                errors.Add((HarmedCount, "out-of-range"));
            }

            if (h.AgeGroup is { } age && !Enum.IsDefined(age))
            {
                errors.Add((HarmedAge, "invalid"));
            }

            if (h.Sex is { } sex && !Enum.IsDefined(sex))
            {
                errors.Add((HarmedSex, "invalid"));
            }
        }

        if (r.Involved is { } i)
        {
            if (i.Kind is { } kind && !Enum.IsDefined(kind))
            {
                errors.Add((InvolvedKind, "invalid"));
            }

            if (i.Nationality is { Length: > 0 } iso && (iso.Length != 2 || Countries.Find(iso) is null))
            {
                errors.Add((Nationality, "unknown-country"));
            }
        }

        Text(errors, Contact, r.Contact, MaxContact, required: false);
        return errors;
    }

    /// <summary>"2026-11-03", "2026-11" or "2026" as the first day of what it names, with its precision; null when it is none of them.</summary>
    public static (DateOnly Date, DatePrecision Precision)? ParseWhen(string? text)
    {
        var t = text?.Trim() ?? "";
        if (DateOnly.TryParseExact(t, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
        {
            return (day, DatePrecision.Day);
        }

        if (DateOnly.TryParseExact(t, "yyyy-MM", CultureInfo.InvariantCulture, DateTimeStyles.None, out var month))
        {
            return (month, DatePrecision.Month);
        }

        return t.Length == 4 && int.TryParse(t, NumberStyles.None, CultureInfo.InvariantCulture, out var year) && year >= 1
            ? (new DateOnly(year, 1, 1), DatePrecision.Year)
            : null;
    }

    // Newlines and tabs are text; other control characters are not something a person types.
    private static void Text(List<(string, string)> errors, string field, string? value, int max, bool required)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            if (required)
            {
                errors.Add((field, "required"));
            }

            return;
        }

        if (value.Length > max)
        {
            errors.Add((field, "too-long"));
        }
        else if (value.Any(c => char.IsControl(c) && c is not ('\n' or '\r' or '\t')))
        {
            errors.Add((field, "control-character"));
        }
    }
}
