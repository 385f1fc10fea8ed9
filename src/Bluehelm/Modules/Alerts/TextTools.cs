using System.Globalization;
using System.Text;
using Bluehelm.Modules.Missions.Contracts;

namespace Bluehelm.Modules.Alerts;

/// <summary>Phone numbers as gateways send them (+236 72 00 00 00, 0023672000000) reduced to one form.</summary>
internal static class PhoneNumbers
{
    public static string? Normalize(string? phone)
    {
        if (string.IsNullOrWhiteSpace(phone))
        {
            return null;
        }

        var text = phone.Trim();
        if (text.StartsWith("tel:", StringComparison.OrdinalIgnoreCase))
        {
            text = text[4..];
        }

        var digits = new string([.. text.Where(char.IsAsciiDigit)]);
        if (digits.Length == 0)
        {
            return null;
        }

        if (text.StartsWith('+'))
        {
            return "+" + digits;
        }

        return digits.StartsWith("00", StringComparison.Ordinal) ? "+" + digits[2..] : digits;
    }
}

/// <summary>
/// Tells French, English and Sango apart by their most frequent short words: community alerts are
/// short and mixed, and this needs no model download. Returns "und" when nothing stands out.
/// </summary>
internal static class LanguageDetector
{
    private static readonly Dictionary<string, string[]> Words = new(StringComparer.Ordinal)
    {
        ["fr"] = ["le", "la", "les", "des", "du", "de", "est", "sont", "dans", "une", "un", "et", "il", "ils", "nous", "avec", "pour", "sur", "qui", "au", "aux", "village", "hommes", "armes", "attaque", "personnes", "enfants", "femmes", "ont", "pas", "ce", "cette", "se", "en"],
        ["en"] = ["the", "and", "is", "are", "in", "of", "to", "a", "an", "with", "they", "we", "armed", "men", "attack", "people", "children", "women", "village", "have", "has", "were", "was", "near", "on", "at", "from", "this"],
        ["sg"] = ["na", "ti", "so", "ala", "mo", "lo", "ake", "aso", "ni", "zo", "aye", "ape", "kue", "sara", "kodoro", "wali", "koli", "molenge", "ngoi", "yeke", "teti", "awe", "akoli", "awali", "amolenge", "ndo", "nga", "mbi", "e", "gi"],
    };

    public static string Detect(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return "und";
        }

        var tokens = text.ToLowerInvariant()
            .Split([' ', ',', '.', ';', ':', '!', '?', '\n', '\r', '\t', '"', '(', ')', '\''], StringSplitOptions.RemoveEmptyEntries);
        if (tokens.Length == 0)
        {
            return "und";
        }

        var scores = Words.ToDictionary(w => w.Key, w => tokens.Count(t => w.Value.Contains(t, StringComparer.Ordinal)), StringComparer.Ordinal);
        var best = scores.OrderByDescending(s => s.Value).First();
        var second = scores.Where(s => s.Key != best.Key).Max(s => s.Value);
        return best.Value >= 2 && best.Value > second ? best.Key : best.Value == 1 && second == 0 && tokens.Length <= 3 ? best.Key : "und";
    }
}

/// <summary>Finds a known place (a deployment site, a locality) named in free text, ignoring case and accents.</summary>
internal static class PlaceMatcher
{
    /// <summary>The deployment site named in <paramref name="text"/> (the longest name, then the most recent site).</summary>
    public static SiteRef? Find(string text, IReadOnlyList<SiteRef> sites) => Best(text, sites, s => s.Name, s => s.LastYear, minLength: 3);

    /// <summary>
    /// The place <paramref name="text"/> names, with its coordinates: a site or locality whose name is
    /// the whole text first (so "Bangui-Kete" is not taken for the Bangui site), then the site, then
    /// the locality named inside it. In a sentence (an SMS) a locality's name needs 5 letters: shorter
    /// village names ("Lady", "Gale", "Beta") are ordinary words too.
    /// </summary>
    public static (string Name, double Latitude, double Longitude)? Locate(string text, IReadOnlyList<SiteRef> sites, IReadOnlyList<Locality> localities)
    {
        var folded = Fold(text);
        bool Whole(string name) => name.Length >= 3 && string.Equals(Fold(name), folded, StringComparison.Ordinal);
        if (sites.FirstOrDefault(x => Whole(x.Name)) is { } wholeSite)
        {
            return (wholeSite.Name, wholeSite.Latitude, wholeSite.Longitude);
        }

        if (localities.FirstOrDefault(l => Whole(l.Name)) is { } wholeLocality)
        {
            return (wholeLocality.Name, wholeLocality.Latitude, wholeLocality.Longitude);
        }

        if (Find(text, sites) is { } site)
        {
            return (site.Name, site.Latitude, site.Longitude);
        }

        return Best(text, localities, l => l.Name, l => l.Events, minLength: 5) is { } locality
            ? (locality.Name, locality.Latitude, locality.Longitude)
            : null;
    }

    private static T? Best<T>(string text, IReadOnlyList<T> places, Func<T, string> name, Func<T, int> rank, int minLength)
        where T : class
    {
        var haystack = " " + Fold(text) + " ";
        return places
            .Where(p => name(p).Length >= minLength && haystack.Contains(" " + Fold(name(p)) + " ", StringComparison.Ordinal))
            .OrderByDescending(p => name(p).Length)
            .ThenByDescending(rank)
            .FirstOrDefault();
    }

    public static string Fold(string text)
    {
        var sb = new StringBuilder(text.Length);
        foreach (var ch in text.Normalize(NormalizationForm.FormD))
        {
            if (CharUnicodeInfo.GetUnicodeCategory(ch) == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }

            sb.Append(char.IsLetterOrDigit(ch) ? char.ToLowerInvariant(ch) : ' ');
        }

        return string.Join(' ', sb.ToString().Split(' ', StringSplitOptions.RemoveEmptyEntries));
    }
}
