using System.Globalization;
using System.Text.RegularExpressions;

namespace Bluehelm.Modules.Alerts;

/// <summary>
/// Reads a latitude or longitude as people and devices write it: decimal degrees (4.3938, -4.3938,
/// 4,3938 in French), or degrees-minutes-seconds with a hemisphere (4°23'37.7"N, 4 23 37.7 N,
/// N 4°23.628', 18d33m35sE).
/// </summary>
internal static partial class Coordinates
{
    public static bool TryParse(string? text, bool latitude, out double value)
    {
        value = 0;
        if (string.IsNullOrWhiteSpace(text))
        {
            return false;
        }

        var t = text.Trim();
        var max = latitude ? 90 : 180;
        if (double.TryParse(t, NumberStyles.Float, CultureInfo.InvariantCulture, out value) ||
            (t.Count(c => c == ',') == 1 && !t.Contains('.', StringComparison.Ordinal) && double.TryParse(t.Replace(',', '.'), NumberStyles.Float, CultureInfo.InvariantCulture, out value)))
        {
            return double.IsFinite(value) && Math.Abs(value) <= max;
        }

        var m = Dms().Match(t);
        if (!m.Success)
        {
            return false;
        }

        var hemisphere = (m.Groups["h1"].Value + m.Groups["h2"].Value).ToUpperInvariant();
        if (hemisphere.Length > 1 || (hemisphere.Length == 1 && (latitude ? "NS" : "EWO").IndexOf(hemisphere[0], StringComparison.Ordinal) < 0))
        {
            return false;
        }

        var deg = double.Parse(m.Groups["d"].Value.Replace(',', '.'), CultureInfo.InvariantCulture);
        var min = m.Groups["m"].Success ? double.Parse(m.Groups["m"].Value.Replace(',', '.'), CultureInfo.InvariantCulture) : 0;
        var sec = m.Groups["s"].Success ? double.Parse(m.Groups["s"].Value.Replace(',', '.'), CultureInfo.InvariantCulture) : 0;
        if (min >= 60 || sec >= 60)
        {
            return false;
        }

        value = deg + (min / 60) + (sec / 3600);
        if (m.Groups["sign"].Value == "-" || hemisphere is "S" or "W" or "O")
        {
            value = -value;
        }

        return Math.Abs(value) <= max;
    }

    // [0-9], not \d: \d also matches the digits of other scripts (Arabic-Indic, Devanagari), which
    // double.Parse does not read, so such a text threw instead of being refused.
    [GeneratedRegex(@"^(?<h1>[NSEWO])?\s*(?<sign>-)?(?<d>[0-9]{1,3}(?:[.,][0-9]+)?)\s*(?:°|º|d|\s)\s*(?:(?<m>[0-9]{1,2}(?:[.,][0-9]+)?)\s*(?:'|′|m|\s)?\s*)?(?:(?<s>[0-9]{1,2}(?:[.,][0-9]+)?)\s*(?:""|″|''|s)?\s*)?(?<h2>[NSEWO])?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Dms();
}
