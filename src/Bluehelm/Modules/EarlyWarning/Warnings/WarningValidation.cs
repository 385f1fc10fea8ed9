using Bluehelm.Modules.Alerts.Contracts;

namespace Bluehelm.Modules.EarlyWarning.Warnings;

/// <summary>
/// The checks of a warning's request, the same for the API and the form: every field as a (field, code)
/// pair, the field named as in <see cref="WarningRequest"/> in camel case. Codes: required, too-long,
/// control-character, invalid-value, expires-in-past, expires-before-onset, and <see cref="WarningArea"/>'s.
/// </summary>
internal static class WarningValidation
{
    public static List<(string Field, string Code)> Check(WarningRequest r, DateTimeOffset now, out WarningArea? area)
    {
        var errors = new List<(string, string)>();
        void Text(string field, string? value, int max, bool required)
        {
            if (string.IsNullOrWhiteSpace(value))
            {
                if (required)
                {
                    errors.Add((field, "required"));
                }
            }
            else if (value.Trim().Length > max)
            {
                errors.Add((field, "too-long"));
            }
            else if (value.Any(c => char.IsControl(c) && c is not ('\t' or '\n' or '\r')))
            {
                errors.Add((field, "control-character"));
            }
        }

        void Choice<T>(string field, T? value)
            where T : struct, Enum
        {
            if (value is null)
            {
                errors.Add((field, "required"));
            }
            else if (!Enum.IsDefined(value.Value))
            {
                errors.Add((field, "invalid-value"));
            }
        }

        if (string.IsNullOrWhiteSpace(r.Mission))
        {
            errors.Add(("mission", "required"));
        }

        Choice<ThreatType>("threatType", r.ThreatType);
        Choice<CapUrgency>("urgency", r.Urgency);
        Choice<CapSeverity>("severity", r.Severity);
        Choice<CapCertainty>("certainty", r.Certainty);
        Choice<CapScope>("scope", r.Scope);
        Text("headlineEn", r.HeadlineEn, Warning.MaxHeadline, true);
        Text("headlineFr", r.HeadlineFr, Warning.MaxHeadline, true);
        Text("descriptionEn", r.DescriptionEn, Warning.MaxText, true);
        Text("descriptionFr", r.DescriptionFr, Warning.MaxText, true);
        Text("instructionEn", r.InstructionEn, Warning.MaxText, false);
        Text("instructionFr", r.InstructionFr, Warning.MaxText, false);
        Text("areaDesc", r.AreaDesc, Warning.MaxAreaDesc, true);
        if (r.Polygon?.Length > Warning.MaxArea)
        {
            errors.Add(("polygon", "too-long"));
            area = null;
        }
        else
        {
            area = WarningArea.Parse(r.Polygon, r.Circle, errors);
        }

        if (r.Expires is not { } expires)
        {
            errors.Add(("expires", "required"));
        }
        else if (expires <= now)
        {
            errors.Add(("expires", "expires-in-past"));
        }
        else if (r.Onset is { } onset && onset >= expires)
        {
            errors.Add(("expires", "expires-before-onset"));
        }

        return errors;
    }

    /// <summary>The errors as the API's problem document lists them: field → codes.</summary>
    public static Dictionary<string, string[]> ByField(IEnumerable<(string Field, string Code)> errors) =>
        errors.GroupBy(e => e.Field, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Select(e => e.Code).Distinct().ToArray(), StringComparer.Ordinal);

    /// <summary>Copies a checked request's text and area into the warning.</summary>
    public static void Apply(Warning w, WarningRequest r, WarningArea area)
    {
        w.ThreatType = r.ThreatType!.Value;
        w.Urgency = r.Urgency!.Value;
        w.Severity = r.Severity!.Value;
        w.Certainty = r.Certainty!.Value;
        w.Scope = r.Scope!.Value;
        w.HeadlineEn = r.HeadlineEn!.Trim();
        w.HeadlineFr = r.HeadlineFr!.Trim();
        w.DescriptionEn = r.DescriptionEn!.Trim();
        w.DescriptionFr = r.DescriptionFr!.Trim();
        w.InstructionEn = Blank(r.InstructionEn);
        w.InstructionFr = Blank(r.InstructionFr);
        w.AreaDesc = r.AreaDesc!.Trim();
        w.Polygon = area.PolygonText;
        w.Circle = area.CircleText;
        w.Onset = r.Onset is { } onset ? CapTime.Truncate(onset) : null;
        w.Expires = CapTime.Truncate(r.Expires!.Value);
    }

    private static string? Blank(string? s) => string.IsNullOrWhiteSpace(s) ? null : s.Trim();
}
