using Bluehelm.Modules.Alerts.Contracts;
using Bluehelm.Modules.Incidents.Contracts;
using Bluehelm.Modules.Missions.Contracts;

namespace Bluehelm.Modules.EarlyWarning.Forecasts;

/// <summary>What a forecast is computed from: the mission's cells, the country's events, the mission's alerts and sites.</summary>
internal sealed record ForecastInput(
    IReadOnlyList<int> Cells,
    IReadOnlyList<EventPoint> Events,
    IReadOnlyList<CellMonthAlerts> Alerts,
    IReadOnlyList<SiteRef> Sites);

/// <summary>Months as one integer (year × 12 + month − 1), so "last 3 months" is plain arithmetic.</summary>
internal static class Months
{
    public static int Of(DateOnly day) => (day.Year * 12) + day.Month - 1;

    public static int Of(int year, int month) => (year * 12) + month - 1;

    public static DateOnly FirstDay(int month) => new(month / 12, (month % 12) + 1, 1);

    public static int Year(int month) => month / 12;

    /// <summary>Calendar month 1-12.</summary>
    public static int Calendar(int month) => (month % 12) + 1;

    /// <summary>"2019-01" → month; false for anything else.</summary>
    public static bool TryParse(string? text, out int month)
    {
        month = 0;
        if (text is null || text.Length != 7 || text[4] != '-' ||
            !int.TryParse(text.AsSpan(0, 4), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var y) ||
            !int.TryParse(text.AsSpan(5, 2), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var m) ||
            y < 1900 || m is < 1 or > 12)
        {
            return false;
        }

        month = Of(y, m);
        return true;
    }

    public static string Text(int month) => FirstDay(month).ToString("yyyy-MM", System.Globalization.CultureInfo.InvariantCulture);
}
