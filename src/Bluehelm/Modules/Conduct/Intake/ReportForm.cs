using Bluehelm.Modules.Conduct.Domain;
using Bluehelm.Platform.Layout;
using Bluehelm.Platform.Localization;
using Microsoft.Extensions.Localization;

namespace Bluehelm.Modules.Conduct.Intake;

/// <summary>
/// The public report form: every field is text, so anything typed comes back with a message in the
/// reader's language rather than being dropped by binding; it becomes a <see cref="ReportRequest"/>
/// and is checked by <see cref="ReportValidation"/>, as the API's requests are.
/// </summary>
internal sealed class ReportForm
{
    /// <summary>The ids of the form's fields on the page, which errors point at.</summary>
    public static class Fields
    {
        public const string Mission = "mission";
        public const string What = "what";
        public const string When = "when-day";
        public const string Where = "where";
        public const string Count = "harmed-count";
        public const string Age = "harmed-age";
        public const string Sex = "harmed-sex";
        public const string Involved = "involved";
        public const string Nationality = "nationality";
        public const string Contact = "contact";
    }

    public static readonly IReadOnlyDictionary<string, string> Properties = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        [Fields.Mission] = nameof(Mission),
        [Fields.What] = nameof(What),
        [Fields.Where] = nameof(Where),
        [Fields.Count] = nameof(Count),
        [Fields.Contact] = nameof(Contact),
    };

    private static readonly Dictionary<string, string> FieldOf = new(StringComparer.Ordinal)
    {
        [ReportValidation.Mission] = Fields.Mission,
        [ReportValidation.WhatHappened] = Fields.What,
        [ReportValidation.When] = Fields.When,
        [ReportValidation.Where] = Fields.Where,
        [ReportValidation.HarmedCount] = Fields.Count,
        [ReportValidation.HarmedAge] = Fields.Age,
        [ReportValidation.HarmedSex] = Fields.Sex,
        [ReportValidation.InvolvedKind] = Fields.Involved,
        [ReportValidation.Nationality] = Fields.Nationality,
        [ReportValidation.Contact] = Fields.Contact,
    };

    public string? FormKey { get; set; }

    public string? Mission { get; set; }

    public string? What { get; set; }

    /// <summary>day, month, year or unknown.</summary>
    public string? WhenKind { get; set; }

    public string? WhenDay { get; set; }

    public string? WhenMonth { get; set; }

    public string? WhenYear { get; set; }

    public string? Where { get; set; }

    public string? Age { get; set; }

    public string? Sex { get; set; }

    public string? Count { get; set; }

    public string? Involved { get; set; }

    public string? Nationality { get; set; }

    public string? Contact { get; set; }

    /// <summary>The request, or null with the errors in <paramref name="errors"/>.</summary>
    public ReportRequest? Parse(IStringLocalizer<IntakeText> text, DateOnly today, FormErrors errors)
    {
        string? when = WhenKind switch
        {
            "day" => Require(WhenDay),
            "month" => Require(WhenMonth),
            "year" => Require(WhenYear),
            _ => null,
        };
        int? count = null;
        if (!string.IsNullOrWhiteSpace(Count))
        {
            if (Numbers.TryParseCount(Count, out var n))
            {
                count = n;
            }
            else
            {
                errors.Add(Fields.Count, text["error.count", ReportValidation.MaxVictims]);
            }
        }

        var age = Choice<AgeGroup>(Age, Fields.Age, text, errors);
        var sex = Choice<Sex>(Sex, Fields.Sex, text, errors);
        var involved = Choice<InvolvedPersonnel>(Involved, Fields.Involved, text, errors);
        var request = new ReportRequest(
            Mission, What, when, Where,
            age is null && sex is null && count is null ? null : new ReportHarmed(age, sex, count),
            involved is null && string.IsNullOrWhiteSpace(Nationality) ? null : new ReportInvolved(involved, string.IsNullOrWhiteSpace(Nationality) ? null : Nationality),
            Contact);
        foreach (var (field, code) in ReportValidation.Check(request, today))
        {
            errors.Add(FieldOf.GetValueOrDefault(field, Fields.What), Message(text, field, code));
        }

        return errors.Count > 0 ? null : request;
    }

    public static string Message(IStringLocalizer<IntakeText> text, string field, string code) => (field, code) switch
    {
        (ReportValidation.Mission, _) => text["error.mission"],
        (ReportValidation.WhatHappened, "required") => text["error.what-required"],
        (_, "too-long") => text["error.too-long", field switch
        {
            ReportValidation.WhatHappened => ReportValidation.MaxNarrative,
            ReportValidation.Where => ReportValidation.MaxPlace,
            _ => ReportValidation.MaxContact,
        }],
        (_, "control-character") => text["error.control-character"],
        (ReportValidation.When, "out-of-range") => text["error.when-range"],
        (ReportValidation.When, _) => text["error.when"],
        (ReportValidation.HarmedCount, _) => text["error.count", ReportValidation.MaxVictims],
        (ReportValidation.Nationality, _) => text["error.country"],
        _ => text["error.choice"],
    };

    // A kind of date chosen with its box left empty is asked for, not taken as "I don't know".
    private static string Require(string? value) => string.IsNullOrWhiteSpace(value) ? "?" : value.Trim();

    private static T? Choice<T>(string? value, string field, IStringLocalizer<IntakeText> text, FormErrors errors)
        where T : struct, Enum
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        if (Enum.TryParse<T>(value, ignoreCase: false, out var parsed) && Enum.IsDefined(parsed) && !char.IsDigit(value[0]))
        {
            return parsed;
        }

        errors.Add(field, text["error.choice"]);
        return null;
    }
}
