using System.Globalization;
using System.Text;
using Bluehelm.Modules.Missions.Contracts;

namespace Bluehelm.Modules.Alerts;

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
        foreach (var ch in Decompose(text))
        {
            if (CharUnicodeInfo.GetUnicodeCategory(ch) == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }

            sb.Append(char.IsLetterOrDigit(ch) ? char.ToLowerInvariant(ch) : ' ');
        }

        return string.Join(' ', sb.ToString().Split(' ', StringSplitOptions.RemoveEmptyEntries));
    }

    /// <summary>
    /// Canonical decomposition (accents apart from their letters). Normalize throws on a lone surrogate,
    /// which outside text may carry; such a code unit becomes U+FFFD (folded to a space) instead.
    /// </summary>
    private static string Decompose(string text)
    {
        try
        {
            return text.Normalize(NormalizationForm.FormD);
        }
        catch (ArgumentException)
        {
            return Encoding.UTF8.GetString(Encoding.UTF8.GetBytes(text)).Normalize(NormalizationForm.FormD);
        }
    }
}
