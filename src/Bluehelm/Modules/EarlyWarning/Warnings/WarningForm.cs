using System.Globalization;
using Bluehelm.Modules.Alerts.Contracts;

namespace Bluehelm.Modules.EarlyWarning.Warnings;

/// <summary>
/// The warning form of the pages: every field is text (so a typo is reported, not dropped by binding),
/// named on the page as in <see cref="WarningRequest"/>, which is also each field's element id. Times are
/// typed in UTC as the datetime-local inputs give them.
/// </summary>
public sealed class WarningForm
{
    public const string TimeFormat = "yyyy-MM-dd'T'HH:mm";

    public string? FormKey { get; set; }

    public string? Mission { get; set; }

    public string? ThreatType { get; set; }

    public string? Urgency { get; set; }

    public string? Severity { get; set; }

    public string? Certainty { get; set; }

    public string? Scope { get; set; }

    public string? HeadlineEn { get; set; }

    public string? HeadlineFr { get; set; }

    public string? DescriptionEn { get; set; }

    public string? DescriptionFr { get; set; }

    public string? InstructionEn { get; set; }

    public string? InstructionFr { get; set; }

    public string? AreaDesc { get; set; }

    public string? Polygon { get; set; }

    public string? Circle { get; set; }

    public string? Onset { get; set; }

    public string? Expires { get; set; }

    public static WarningForm New(string? mission, DateTimeOffset now) => new()
    {
        FormKey = Guid.NewGuid().ToString("N"),
        Mission = mission,
        ThreatType = nameof(Alerts.Contracts.ThreatType.AttackOnCivilians),
        Urgency = nameof(CapUrgency.Expected),
        Severity = nameof(CapSeverity.Severe),
        Certainty = nameof(CapCertainty.Likely),
        Scope = nameof(CapScope.Public),
        Expires = now.AddHours(48).ToUniversalTime().ToString(TimeFormat, CultureInfo.InvariantCulture),
    };

    internal static WarningForm Of(Warning w) => new()
    {
        FormKey = Guid.NewGuid().ToString("N"),
        Mission = w.MissionCode,
        ThreatType = w.ThreatType.ToString(),
        Urgency = w.Urgency.ToString(),
        Severity = w.Severity.ToString(),
        Certainty = w.Certainty.ToString(),
        Scope = w.Scope.ToString(),
        HeadlineEn = w.HeadlineEn,
        HeadlineFr = w.HeadlineFr,
        DescriptionEn = w.DescriptionEn,
        DescriptionFr = w.DescriptionFr,
        InstructionEn = w.InstructionEn,
        InstructionFr = w.InstructionFr,
        AreaDesc = w.AreaDesc,
        Polygon = w.Polygon,
        Circle = w.Circle,
        Onset = w.Onset?.ToUniversalTime().ToString(TimeFormat, CultureInfo.InvariantCulture),
        Expires = w.Expires.ToUniversalTime().ToString(TimeFormat, CultureInfo.InvariantCulture),
    };

    /// <summary>The request, with (field, code) for each field that does not read; the request's own checks come after.</summary>
    internal WarningRequest ToRequest(List<(string Field, string Code)> errors)
    {
        T? Choice<T>(string field, string? value)
            where T : struct, Enum
        {
            if (string.IsNullOrWhiteSpace(value))
            {
                return null;
            }

            if (Enum.TryParse<T>(value, ignoreCase: false, out var parsed) && Enum.IsDefined(parsed) && !value.Any(char.IsDigit))
            {
                return parsed;
            }

            errors.Add((field, "invalid-value"));
            return default(T);
        }

        DateTimeOffset? Time(string field, string? value)
        {
            if (string.IsNullOrWhiteSpace(value))
            {
                return null;
            }

            if (DateTime.TryParseExact(value.Trim(), [TimeFormat, "yyyy-MM-dd'T'HH:mm:ss"], CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var t))
            {
                return new DateTimeOffset(t, TimeSpan.Zero);
            }

            errors.Add((field, "invalid-time"));
            return null;
        }

        return new WarningRequest(
            Mission, Choice<ThreatType>("threatType", ThreatType), Choice<CapUrgency>("urgency", Urgency), Choice<CapSeverity>("severity", Severity),
            Choice<CapCertainty>("certainty", Certainty), Choice<CapScope>("scope", Scope), HeadlineEn, HeadlineFr, DescriptionEn, DescriptionFr,
            InstructionEn, InstructionFr, AreaDesc, Polygon, Circle, Time("onset", Onset), Time("expires", Expires) ?? (Expires is { Length: > 0 } ? DateTimeOffset.MaxValue : null));
    }
}
