using System.Globalization;
using Bluehelm.Modules.Alerts.Contracts;
using Bluehelm.Platform.Localization;

namespace Bluehelm.Modules.EarlyWarning.Hotspots;

/// <summary>
/// What a hotspot page or API call asks: a period (both ends optional: the default is the last 12 months
/// of data available), a threat type, DBSCAN's eps (km) and min points, and an optional window in days.
/// </summary>
internal sealed record HotspotFilter(DateOnly? From, DateOnly? To, ThreatType? Threat, double EpsKm, int MinPoints, int? WindowDays)
{
    internal const double DefaultEpsKm = 10;
    internal const int DefaultMinPoints = 5;
    internal const double MaxEpsKm = 1000;

    internal static HotspotFilter Default { get; } = new(null, null, null, DefaultEpsKm, DefaultMinPoints, null);

    /// <summary>Reads the query's text; each field that cannot be read is named in <paramref name="errors"/> with a stable code.</summary>
    internal static HotspotFilter Parse(string? from, string? to, string? type, string? eps, string? min, string? window, Dictionary<string, string> errors)
    {
        var first = Date(from, "from", errors);
        var last = Date(to, "to", errors);
        if (first is not null && last is not null && first > last)
        {
            errors["to"] = "period-reversed";
        }

        ThreatType? threat = null;
        if (!string.IsNullOrWhiteSpace(type))
        {
            threat = Enum.GetValues<ThreatType>().FirstOrDefault(t => string.Equals(Key(t), type.Trim(), StringComparison.OrdinalIgnoreCase));
            if (threat == default(ThreatType))
            {
                threat = null;
                errors["type"] = "unknown-type";
            }
        }

        var epsKm = DefaultEpsKm;
        if (!string.IsNullOrWhiteSpace(eps))
        {
            // Users write 2.5 or 2,5.
            if (!double.TryParse(eps.Trim().Replace(',', '.'), NumberStyles.Float, CultureInfo.InvariantCulture, out epsKm) || !(epsKm > 0 && epsKm <= MaxEpsKm))
            {
                errors["eps"] = "eps-out-of-range";
                epsKm = DefaultEpsKm;
            }
        }

        var minPoints = DefaultMinPoints;
        if (!string.IsNullOrWhiteSpace(min) && (!Numbers.TryParseCount(min, out minPoints) || minPoints is < 1 or > 10_000))
        {
            errors["min"] = "min-out-of-range";
            minPoints = DefaultMinPoints;
        }

        int? windowDays = null;
        if (!string.IsNullOrWhiteSpace(window))
        {
            if (Numbers.TryParseCount(window, out var w) && w is >= 0 and <= 3660)
            {
                windowDays = w;
            }
            else
            {
                errors["window"] = "window-out-of-range";
            }
        }

        return new HotspotFilter(first, last, threat, epsKm, minPoints, windowDays);
    }

    /// <summary>The type's key in URLs and the API (<c>attack-on-civilians</c>).</summary>
    internal static string Key(ThreatType type) =>
        string.Concat(type.ToString().Select((c, i) => char.IsUpper(c) && i > 0 ? "-" + char.ToLowerInvariant(c) : char.ToLowerInvariant(c).ToString()));

    private static DateOnly? Date(string? text, string field, Dictionary<string, string> errors)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        if (DateOnly.TryParseExact(text.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
        {
            return day;
        }

        errors[field] = "bad-date";
        return null;
    }
}
