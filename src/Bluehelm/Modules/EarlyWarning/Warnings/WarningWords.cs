using System.Globalization;
using System.Resources;
using System.Text.Json;
using Bluehelm.Modules.Alerts.Contracts;

namespace Bluehelm.Modules.EarlyWarning.Warnings;

/// <summary>
/// The warnings' strings in a named language, whatever the request's: a CAP message carries its English
/// and its French info block at once, and the Atom feed is written in its reader's language.
/// </summary>
internal static class WarningWords
{
    private static readonly ResourceManager Resources = new(typeof(WarningsText).FullName!, typeof(WarningsText).Assembly);

    public static string Get(string key, string language, params object[] args)
    {
        var culture = language.StartsWith("fr", StringComparison.OrdinalIgnoreCase) ? CultureInfo.GetCultureInfo("fr") : CultureInfo.GetCultureInfo("en");
        var format = Resources.GetString(key, culture) ?? key;
        return args.Length == 0 ? format : string.Format(culture, format, args);
    }

    public static string Threat(ThreatType threat, string language) => Get("threat." + Kebab(threat), language);

    public static string Kebab<T>(T value)
        where T : struct, Enum => JsonNamingPolicy.KebabCaseLower.ConvertName(value.ToString());
}
