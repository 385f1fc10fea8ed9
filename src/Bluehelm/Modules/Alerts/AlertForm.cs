using Bluehelm.Modules.Alerts.Contracts;
using System.Globalization;
using Bluehelm.Modules.Missions.Contracts;
using Bluehelm.Platform.Layout;
using Bluehelm.Platform.Localization;
using Microsoft.Extensions.Localization;

namespace Bluehelm.Modules.Alerts;

/// <summary>
/// The alert form of the pages: every field is text, so a typo is reported in the user's language
/// next to the others instead of being silently dropped by binding.
/// </summary>
internal sealed class AlertForm
{
    /// <summary>The ids of the form's fields on the page, which its errors point at.</summary>
    public static class Fields
    {
        public const string Mission = "mission";
        public const string Threat = "threat";
        public const string Severity = "severity";
        public const string Description = "description";
        public const string Channel = "channel";
        public const string Received = "received";
        public const string Place = "place";
        public const string Latitude = "lat";
        public const string Longitude = "lon";
        public const string People = "people";
        public const string Women = "women";
        public const string Children = "children";
        public const string Displaced = "displaced";
        public const string ReporterName = "rname";
        public const string ReporterPhone = "rphone";
    }

    /// <summary>The property of this form behind each field id, for <see cref="FormErrors.Attach"/>.</summary>
    public static readonly IReadOnlyDictionary<string, string> Properties = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        [Fields.Mission] = nameof(Mission),
        [Fields.Threat] = nameof(ThreatType),
        [Fields.Severity] = nameof(Severity),
        [Fields.Description] = nameof(Description),
        [Fields.Channel] = nameof(Channel),
        [Fields.Received] = nameof(ReceivedAt),
        [Fields.Place] = nameof(PlaceName),
        [Fields.Latitude] = nameof(Latitude),
        [Fields.Longitude] = nameof(Longitude),
        [Fields.People] = nameof(PeopleAtRisk),
        [Fields.Women] = nameof(Women),
        [Fields.Children] = nameof(Children),
        [Fields.Displaced] = nameof(Displaced),
        [Fields.ReporterName] = nameof(ReporterName),
        [Fields.ReporterPhone] = nameof(ReporterPhone),
    };

    public string? FormKey { get; set; }

    public string? Mission { get; set; }

    public ThreatType ThreatType { get; set; } = ThreatType.AttackOnCivilians;

    public Severity Severity { get; set; } = Severity.High;

    public AlertChannel Channel { get; set; } = AlertChannel.Phone;

    public string? ReceivedAt { get; set; }

    public string? PlaceName { get; set; }

    public string? Latitude { get; set; }

    public string? Longitude { get; set; }

    public string? PeopleAtRisk { get; set; }

    public string? Women { get; set; }

    public string? Children { get; set; }

    public string? Displaced { get; set; }

    public string? Description { get; set; }

    public string? ReporterName { get; set; }

    public string? ReporterPhone { get; set; }

    /// <summary>
    /// Checks and converts; adds localized messages to <paramref name="errors"/> under the field they
    /// are about, in the order of the form. The mission is filled (and checked) by the caller.
    /// </summary>
    public NewAlert? Parse(IStringLocalizer<AlertsText> text, DateTimeOffset now, FormErrors errors)
    {
        // The shared text checks (lengths, control characters) of every channel, in the user's language.
        var textErrors = RaiseAlertValidation.Check(Description, PlaceName, null, ReporterName, ReporterPhone)
            .ToDictionary(e => e.Field switch
            {
                RaiseAlertValidation.Description => Fields.Description,
                RaiseAlertValidation.PlaceName => Fields.Place,
                RaiseAlertValidation.ReporterName => Fields.ReporterName,
                _ => Fields.ReporterPhone,
            }, e => e switch
            {
                (RaiseAlertValidation.Description, "required") => text["error.description"].Value,
                (RaiseAlertValidation.Description, "too-long") => text["error.description-long"].Value,
                (_, "too-long") => text["error.too-long"].Value,
                _ => text["error.control-character"].Value,
            }, StringComparer.Ordinal);
        void TextError(string field)
        {
            if (textErrors.TryGetValue(field, out var message))
            {
                errors.Add(field, message);
            }
        }

        if (!Enum.IsDefined(ThreatType))
        {
            errors.Add(Fields.Threat, text["error.choice"]);
        }

        if (!Enum.IsDefined(Severity))
        {
            errors.Add(Fields.Severity, text["error.choice"]);
        }

        TextError(Fields.Description);
        if (!Enum.IsDefined(Channel))
        {
            errors.Add(Fields.Channel, text["error.choice"]);
        }

        var received = now;
        if (!string.IsNullOrWhiteSpace(ReceivedAt))
        {
            if (!DateTime.TryParseExact(ReceivedAt, ["yyyy-MM-dd'T'HH:mm", "yyyy-MM-dd'T'HH:mm:ss"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var local))
            {
                errors.Add(Fields.Received, text["error.received"]);
            }
            else
            {
                received = new DateTimeOffset(local, TimeSpan.Zero);
                if (received > now.AddMinutes(5))
                {
                    errors.Add(Fields.Received, text["error.received-future"]);
                }
            }
        }

        var noLatitude = string.IsNullOrWhiteSpace(Latitude);
        var noLongitude = string.IsNullOrWhiteSpace(Longitude);
        if (noLatitude && noLongitude && string.IsNullOrWhiteSpace(PlaceName))
        {
            errors.Add(Fields.Place, text["error.place"]);
        }

        TextError(Fields.Place);
        double? lat = null, lon = null;
        if (!noLatitude)
        {
            lat = Coordinates.TryParse(Latitude, latitude: true, out var v) ? v : null;
            if (lat is null)
            {
                errors.Add(Fields.Latitude, text["error.latitude"]);
            }
        }
        else if (!noLongitude)
        {
            errors.Add(Fields.Latitude, text["error.both-coordinates"]);
        }

        if (!noLongitude)
        {
            lon = Coordinates.TryParse(Longitude, latitude: false, out var v) ? v : null;
            if (lon is null)
            {
                errors.Add(Fields.Longitude, text["error.longitude"]);
            }
        }
        else if (!noLatitude)
        {
            errors.Add(Fields.Longitude, text["error.both-coordinates"]);
        }

        // Counts as people type them in either language: "1200", "1 200" (French, any kind of space), "1,200".
        int? Count(string field, string? value)
        {
            if (string.IsNullOrWhiteSpace(value))
            {
                return null;
            }

            if (Numbers.TryParseCount(value, out var n) && n <= 10_000_000)
            {
                return n;
            }

            errors.Add(field, text["error.count", value.Trim()]);
            return null;
        }

        var people = Count(Fields.People, PeopleAtRisk);
        var women = Count(Fields.Women, Women);
        var children = Count(Fields.Children, Children);
        var displaced = Count(Fields.Displaced, Displaced);
        foreach (var (field, part) in new[] { (Fields.Women, women), (Fields.Children, children), (Fields.Displaced, displaced) })
        {
            if (people is { } p && part > p)
            {
                errors.Add(field, text["error.parts"]);
            }
        }

        TextError(Fields.ReporterName);
        TextError(Fields.ReporterPhone);
        return errors.Count > 0
            ? null
            : new NewAlert(
                new MissionRef(Guid.Empty, "", "", ""), received, Channel, lat, lon, PlaceName, ThreatType, Severity, people, women, children, displaced,
                Description!, null, ReporterName, ReporterPhone);
    }
}
