using System.Globalization;
using System.Text.Json;

namespace Bluehelm.Platform.Geo;

/// <summary>
/// Countries from the i18n-iso-countries package (ISO 3166-1 codes and CLDR-based names in English
/// and French), vendored from npm by scripts/vendor-data.sh and embedded; never typed by hand. A short
/// override table gives the official United Nations names where the package's usual name differs.
/// </summary>
public static class Countries
{
    private static readonly Dictionary<string, (string En, string Fr)> UnNames = new(StringComparer.Ordinal)
    {
        ["CD"] = ("Democratic Republic of the Congo", "République démocratique du Congo"),
        ["CG"] = ("Congo", "Congo"),
        ["CF"] = ("Central African Republic", "République centrafricaine"),
        ["CI"] = ("Côte d'Ivoire", "Côte d'Ivoire"),
        ["KR"] = ("Republic of Korea", "République de Corée"),
        ["KP"] = ("Democratic People's Republic of Korea", "République populaire démocratique de Corée"),
        ["TZ"] = ("United Republic of Tanzania", "République-Unie de Tanzanie"),
        ["US"] = ("United States of America", "États-Unis d'Amérique"),
        ["GB"] = ("United Kingdom", "Royaume-Uni"),
    };

    // Members of the Organisation internationale de la Francophonie (full and associate members that are states).
    private static readonly HashSet<string> Francophonie = new(StringComparer.Ordinal)
    {
        "AD", "AL", "AM", "BE", "BF", "BG", "BI", "BJ", "CA", "CD", "CF", "CG", "CH", "CI", "CM", "CV", "CY", "DJ", "DM", "EG",
        "FR", "GA", "GH", "GN", "GQ", "GR", "GW", "HT", "KH", "KM", "LA", "LB", "LC", "LU", "MA", "MC", "MD", "MG", "MK", "ML",
        "MR", "MU", "NE", "RO", "RS", "RW", "SC", "SN", "ST", "TD", "TG", "TN", "VN", "VU",
    };

    private static readonly Lazy<(IReadOnlyList<Country> All, Dictionary<string, Country> ByIso2, Dictionary<string, string> ByName)> Data = new(Load);

    public static IReadOnlyList<Country> All => Data.Value.All;

    public static Country? Find(string iso2) => Data.Value.ByIso2.GetValueOrDefault(iso2.ToUpperInvariant());

    public static bool IsFrancophone(string iso2) => Francophonie.Contains(iso2.ToUpperInvariant());

    /// <summary>Name of a country in the current UI culture, or the code when unknown.</summary>
    public static string NameOf(string? iso2)
    {
        if (string.IsNullOrEmpty(iso2))
        {
            return "";
        }

        var c = Find(iso2);
        return c is null ? iso2 : CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == "fr" ? c.NameFr : c.NameEn;
    }

    /// <summary>
    /// ISO code for an English country name as data sets write it ("Drc", "Britain", "Cote d'Ivoire"),
    /// or null when the text names no country ("Multinational", "TCC name unknown").
    /// </summary>
    public static string? FromEnglishName(string name)
    {
        return Data.Value.ByName.GetValueOrDefault(Normalize(name));
    }

    private static (IReadOnlyList<Country>, Dictionary<string, Country>, Dictionary<string, string>) Load()
    {
        using var codes = JsonDocument.Parse(Resource("codes.json"));
        using var en = JsonDocument.Parse(Resource("en.json"));
        using var fr = JsonDocument.Parse(Resource("fr.json"));
        var enNames = en.RootElement.GetProperty("countries");
        var frNames = fr.RootElement.GetProperty("countries");

        var list = new List<Country>();
        var byName = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var row in codes.RootElement.EnumerateArray())
        {
            var iso2 = row[0].GetString()!;
            var english = Names(enNames, iso2);
            var french = Names(frNames, iso2);
            var (nameEn, nameFr) = UnNames.TryGetValue(iso2, out var un) ? un : (english.FirstOrDefault() ?? iso2, french.FirstOrDefault() ?? iso2);
            list.Add(new Country(iso2, row[1].GetString()!, row[2].GetString()!, nameEn, nameFr));
            foreach (var name in english.Append(nameEn).Append(row[1].GetString()!))
            {
                byName.TryAdd(Normalize(name), iso2);
            }
        }

        // Short forms used by Geo-PKO, UCDP and ACLED that the package does not list.
        (string Alias, string Iso2)[] aliases =
        [
            ("drc", "CD"), ("dr congo", "CD"), ("democratic republic of congo", "CD"), ("congo kinshasa", "CD"),
            ("congo", "CG"), ("republic of congo", "CG"), ("congo brazzaville", "CG"),
            ("britain", "GB"), ("korea", "KR"), ("cote divoire", "CI"), ("czech republic", "CZ"),
            ("turkey", "TR"), ("vietnam", "VN"), ("car", "CF"),
        ];
        foreach (var (alias, iso2) in aliases)
        {
            byName[Normalize(alias)] = iso2;
        }

        return (list, list.ToDictionary(c => c.Iso2, StringComparer.Ordinal), byName);
    }

    private static List<string> Names(JsonElement countries, string iso2)
    {
        if (!countries.TryGetProperty(iso2, out var value))
        {
            return [];
        }

        return value.ValueKind == JsonValueKind.Array ? [.. value.EnumerateArray().Select(v => v.GetString()!)] : [value.GetString()!];
    }

    private static Stream Resource(string name) =>
        typeof(Countries).Assembly.GetManifestResourceStream("Bluehelm.Platform.Geo.iso." + name)
        ?? throw new InvalidOperationException("Missing embedded resource " + name);

    private static string Normalize(string name)
    {
        var decomposed = name.Trim().ToLowerInvariant().Normalize(System.Text.NormalizationForm.FormD);
        var chars = decomposed.Where(ch => char.IsLetter(ch) && CharUnicodeInfo.GetUnicodeCategory(ch) != UnicodeCategory.NonSpacingMark || ch == ' ');
        return string.Join(' ', new string([.. chars]).Split(' ', StringSplitOptions.RemoveEmptyEntries));
    }
}
