using System.Globalization;
using Bluehelm.Modules.Missions.Contracts;
using Microsoft.Extensions.Localization;

namespace Bluehelm.Modules.Alerts;

/// <summary>
/// The alert form of the pages: every field is text, so a typo is reported in the user's language
/// next to the others instead of being silently dropped by binding.
/// </summary>
internal sealed class AlertForm
{
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

    /// <summary>Checks and converts; adds localized messages to <paramref name="errors"/>. The mission is filled by the caller.</summary>
    public NewAlert? Parse(IStringLocalizer<AlertsText> text, DateTimeOffset now, List<string> errors)
    {
        var received = now;
        if (!string.IsNullOrWhiteSpace(ReceivedAt))
        {
            if (!DateTime.TryParseExact(ReceivedAt, ["yyyy-MM-dd'T'HH:mm", "yyyy-MM-dd'T'HH:mm:ss"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var local))
            {
                errors.Add(text["error.received"]);
            }
            else
            {
                received = new DateTimeOffset(local, TimeSpan.Zero);
                if (received > now.AddMinutes(5))
                {
                    errors.Add(text["error.received-future"]);
                }
            }
        }

        double? lat = null, lon = null;
        if (!string.IsNullOrWhiteSpace(Latitude))
        {
            lat = Coordinates.TryParse(Latitude, latitude: true, out var v) ? v : null;
            if (lat is null)
            {
                errors.Add(text["error.latitude"]);
            }
        }

        if (!string.IsNullOrWhiteSpace(Longitude))
        {
            lon = Coordinates.TryParse(Longitude, latitude: false, out var v) ? v : null;
            if (lon is null)
            {
                errors.Add(text["error.longitude"]);
            }
        }

        if ((lat is null) != (lon is null) && errors.Count == 0)
        {
            errors.Add(text["error.both-coordinates"]);
        }

        if (lat is null && lon is null && string.IsNullOrWhiteSpace(PlaceName) && string.IsNullOrWhiteSpace(Latitude) && string.IsNullOrWhiteSpace(Longitude))
        {
            errors.Add(text["error.place"]);
        }

        int? Count(string? value)
        {
            if (string.IsNullOrWhiteSpace(value))
            {
                return null;
            }

            if (int.TryParse(value.Trim(), NumberStyles.Integer, CultureInfo.CurrentCulture, out var n) && n is >= 0 and <= 10_000_000)
            {
                return n;
            }

            errors.Add(text["error.count", value]);
            return null;
        }

        var people = Count(PeopleAtRisk);
        var women = Count(Women);
        var children = Count(Children);
        var displaced = Count(Displaced);
        if (people is { } p && (women > p || children > p || displaced > p))
        {
            errors.Add(text["error.parts"]);
        }

        // The checks every channel shares (lengths, control characters), in the user's language.
        foreach (var message in RaiseAlertValidation.Check(Description, PlaceName, null, ReporterName, ReporterPhone)
                     .Select(e => e switch
                     {
                         (RaiseAlertValidation.Description, "required") => text["error.description"],
                         (RaiseAlertValidation.Description, "too-long") => text["error.description-long"],
                         (_, "too-long") => text["error.too-long"],
                         _ => text["error.control-character"],
                     })
                     .Select(m => m.Value).Distinct(StringComparer.Ordinal))
        {
            errors.Add(message);
        }

        if (!Enum.IsDefined(ThreatType) || !Enum.IsDefined(Severity) || !Enum.IsDefined(Channel))
        {
            errors.Add(text["error.choice"]);
        }

        return errors.Count > 0
            ? null
            : new NewAlert(
                new MissionRef(Guid.Empty, "", "", ""), received, Channel, lat, lon, PlaceName, ThreatType, Severity, people, women, children, displaced,
                Description!, null, ReporterName, ReporterPhone);
    }
}
