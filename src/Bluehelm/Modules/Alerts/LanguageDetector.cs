namespace Bluehelm.Modules.Alerts;

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
