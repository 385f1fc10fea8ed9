using System.Globalization;
using System.Text;

namespace Bluehelm.Modules.Incidents;

/// <summary>An opaque page cursor for events: the start date (day number) and id of the last row of a page.</summary>
internal static class EventCursor
{
    public static string Make(DateOnly day, Guid id) =>
        Convert.ToBase64String(Encoding.ASCII.GetBytes(day.DayNumber.ToString(CultureInfo.InvariantCulture) + "_" + id.ToString("N")))
            .TrimEnd('=').Replace('+', '-').Replace('/', '_');

    public static bool TryParse(string? cursor, out DateOnly day, out Guid id)
    {
        day = default;
        id = default;
        if (string.IsNullOrEmpty(cursor) || cursor.Length > 100)
        {
            return false;
        }

        try
        {
            var b64 = cursor.Replace('-', '+').Replace('_', '/');
            b64 += new string('=', (4 - (b64.Length % 4)) % 4);
            var parts = Encoding.ASCII.GetString(Convert.FromBase64String(b64)).Split('_');
            if (parts.Length == 2 && int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var number)
                && number >= DateOnly.MinValue.DayNumber && number <= DateOnly.MaxValue.DayNumber && Guid.TryParseExact(parts[1], "N", out id))
            {
                day = DateOnly.FromDayNumber(number);
                return true;
            }
        }
        catch (FormatException)
        {
            return false;
        }

        return false;
    }
}
