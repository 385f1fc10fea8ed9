using Bluehelm.Modules.Alerts.Contracts;

namespace Bluehelm.Modules.Alerts;

/// <summary>The list's query parameters (<c>mission</c>, <c>status</c>, <c>bbox</c>, ...) checked and turned into an <see cref="AlertFilter"/>.</summary>
internal static class AlertFilterQuery
{
    /// <summary>Query filters; enum values are accepted in the API's own kebab-case (attack-on-civilians).</summary>
    internal static AlertFilter? FilterFrom(string? mission, string? status, string? severity, string? threatType, DateTimeOffset? from, DateTimeOffset? to, string? bbox)
    {
        if (FilterErrors(status, severity, threatType, bbox).Count > 0)
        {
            return null;
        }

        TryBbox(bbox, out var box);
        return new AlertFilter(
            mission, AlertCsv.ParseEnum<AlertStatus>(status), AlertCsv.ParseEnum<Severity>(severity), AlertCsv.ParseEnum<ThreatType>(threatType),
            from, to, box?.S, box?.W, box?.N, box?.E);
    }

    internal static Dictionary<string, string[]> FilterErrors(string? status, string? severity, string? threatType, string? bbox)
    {
        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        if (!string.IsNullOrEmpty(status) && AlertCsv.ParseEnum<AlertStatus>(status) is null)
        {
            errors["status"] = ["invalid"];
        }

        if (!string.IsNullOrEmpty(severity) && AlertCsv.ParseEnum<Severity>(severity) is null)
        {
            errors["severity"] = ["invalid"];
        }

        if (!string.IsNullOrEmpty(threatType) && AlertCsv.ParseEnum<ThreatType>(threatType) is null)
        {
            errors["threatType"] = ["invalid"];
        }

        if (!TryBbox(bbox, out _))
        {
            errors["bbox"] = ["invalid"];
        }

        return errors;
    }

    /// <summary>Parses "south,west,north,east" in decimal degrees.</summary>
    internal static bool TryBbox(string? text, out (double S, double W, double N, double E)? box)
    {
        box = null;
        if (string.IsNullOrWhiteSpace(text))
        {
            return true;
        }

        var parts = text.Split(',');
        var values = new double[4];
        if (parts.Length != 4)
        {
            return false;
        }

        for (var i = 0; i < 4; i++)
        {
            if (!double.TryParse(parts[i], System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out values[i]))
            {
                return false;
            }
        }

        if (!Bluehelm.Platform.Geo.GeoMath.IsValid(values[0], values[1]) || !Bluehelm.Platform.Geo.GeoMath.IsValid(values[2], values[3]) || values[0] > values[2] || values[1] > values[3])
        {
            return false;
        }

        box = (values[0], values[1], values[2], values[3]);
        return true;
    }
}
