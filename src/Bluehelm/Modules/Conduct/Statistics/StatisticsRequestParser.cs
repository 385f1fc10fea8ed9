using System.Globalization;
using Microsoft.Extensions.Localization;

namespace Bluehelm.Modules.Conduct.Statistics;

/// <summary>Reads <c>by</c>, <c>year</c> and <c>mission</c> from a query string (API, exports and page alike).</summary>
internal static class StatisticsRequestParser
{
    /// <summary>The breakdown when none is asked for.</summary>
    public const Breakdown DefaultBreakdown = Breakdown.Year;

    /// <summary>The request, or the invalid fields with a localized message each.</summary>
    public static StatisticsRequest? Parse(string? by, string? year, string? mission, IStringLocalizer<StatisticsText> text, out Dictionary<string, string[]> errors)
    {
        errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        var breakdown = DefaultBreakdown;
        if (!string.IsNullOrWhiteSpace(by))
        {
            var match = Enum.GetValues<Breakdown>().Where(b => string.Equals(ConductStatistics.Name(b), by.Trim(), StringComparison.OrdinalIgnoreCase)).ToList();
            if (match.Count == 1)
            {
                breakdown = match[0];
            }
            else
            {
                errors["by"] = [text["error.by"]];
            }
        }

        int? y = null;
        if (!string.IsNullOrWhiteSpace(year))
        {
            if (int.TryParse(year.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var value) && value is >= 1945 and <= 2200)
            {
                y = value;
            }
            else
            {
                errors["year"] = [text["error.year"]];
            }
        }

        string? m = null;
        if (!string.IsNullOrWhiteSpace(mission))
        {
            var code = mission.Trim();
            if (code.Length <= 16 && code.All(c => char.IsAsciiLetterOrDigit(c) || c == '-'))
            {
                m = code.ToUpperInvariant();
            }
            else
            {
                errors["mission"] = [text["error.mission"]];
            }
        }

        return errors.Count == 0 ? new StatisticsRequest(breakdown, y, m) : null;
    }
}
