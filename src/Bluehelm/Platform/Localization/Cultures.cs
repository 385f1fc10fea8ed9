using System.Globalization;

namespace Bluehelm.Platform.Localization;

/// <summary>The interface languages. Every page and message exists in each of them.</summary>
public static class Cultures
{
    public const string CookieName = ".Bluehelm.Culture";

    public static IReadOnlyList<string> Supported { get; } = ["en", "fr"];

    public static CultureInfo English { get; } = CultureInfo.GetCultureInfo("en");

    public static CultureInfo French { get; } = CultureInfo.GetCultureInfo("fr");

    public static bool IsFrench(this CultureInfo culture) =>
        string.Equals(culture.TwoLetterISOLanguageName, "fr", StringComparison.Ordinal);

    /// <summary>Picks the French or English text for the current UI culture.</summary>
    public static string Pick(string english, string french) =>
        CultureInfo.CurrentUICulture.IsFrench() ? french : english;
}
