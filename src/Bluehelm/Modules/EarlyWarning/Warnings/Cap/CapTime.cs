using System.Globalization;

namespace Bluehelm.Modules.EarlyWarning.Warnings;

/// <summary>
/// CAP 1.2 times (§3.3.2): <c>2026-12-01T07:02:00+00:00</c>, whole seconds, an explicit offset and never
/// "Z" (the schema's pattern refuses it). Bluehelm writes UTC.
/// </summary>
internal static class CapTime
{
    public static DateTimeOffset Truncate(DateTimeOffset at)
    {
        var ticks = at.UtcTicks;
        return new DateTimeOffset(ticks - (ticks % TimeSpan.TicksPerSecond), TimeSpan.Zero);
    }

    public static string Format(DateTimeOffset at) =>
        Truncate(at).ToString("yyyy-MM-dd'T'HH:mm:ss", CultureInfo.InvariantCulture) + "+00:00";

    /// <summary>Reads a CAP time (any offset); false when it is not one.</summary>
    public static bool TryParse(string? text, out DateTimeOffset at) =>
        DateTimeOffset.TryParseExact(text?.Trim(), "yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture, DateTimeStyles.None, out at);
}
