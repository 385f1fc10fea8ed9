using Bluehelm.Platform.Geo;

namespace Bluehelm.Modules.Conduct.PublicTable.Cells;

/// <summary>One line of <c>Nationality</c>: the country (ISO 3166 alpha-2) or null when not applicable or unknown, and the source's words.</summary>
internal sealed record NationalityLine(string? Iso2, string Text);

/// <summary>
/// The <c>Nationality</c> column: a country as the UN names it (<c>United Republic of Tanzania</c>,
/// <c>Congo</c>), <c>N/A</c> (civilian personnel have none recorded) or <c>Unknown</c>; several lines
/// when the subjects are of several nationalities, one per <c>Personnel Type</c> line. A name that
/// names no country is an error, never a silent blank.
/// </summary>
internal static class NationalityCell
{
    // The UN's long forms and older spellings that Platform/Geo's names do not resolve.
    private static readonly Dictionary<string, string> UnForms = new(StringComparer.OrdinalIgnoreCase)
    {
        ["United Republic of Tanzania"] = "TZ",
        ["Tanzania"] = "TZ",
        ["Democratic Republic of the Congo"] = "CD",
        ["Congo"] = "CG",
        ["Republic of the Congo"] = "CG",
        ["Bolivia"] = "BO",
        ["Bolivia (Plurinational State of)"] = "BO",
        ["Plurinational State of Bolivia"] = "BO",
        ["Republic of Moldova"] = "MD",
        ["Moldova"] = "MD",
        ["Iran (Islamic Republic of)"] = "IR",
        ["Venezuela (Bolivarian Republic of)"] = "VE",
        ["Lao People's Democratic Republic"] = "LA",
        ["Syrian Arab Republic"] = "SY",
        ["Republic of Korea"] = "KR",
        ["Russian Federation"] = "RU",
        ["Viet Nam"] = "VN",
        ["Türkiye"] = "TR",
        ["Turkiye"] = "TR",
        ["Côte d'Ivoire"] = "CI",
        ["Cote d'Ivoire"] = "CI",
        ["Gambia (Republic of The)"] = "GM",
        ["The Gambia"] = "GM",
        ["Eswatini"] = "SZ",
        ["North Macedonia"] = "MK",
        ["United Kingdom of Great Britain and Northern Ireland"] = "GB",
        ["United States of America"] = "US",
        ["Czechia"] = "CZ",
        ["State of Palestine"] = "PS",
    };

    public static IReadOnlyList<NationalityLine> Parse(string? cell)
    {
        var lines = CellText.Lines(cell);
        return [.. lines.Select(Line)];
    }

    /// <summary>The nationality of each personnel line: one per line, or one for all.</summary>
    public static IReadOnlyList<NationalityLine?> ForPersonnel(IReadOnlyList<NationalityLine> nationalities, int personnelLines)
    {
        if (nationalities.Count > 1 && nationalities.Count != personnelLines)
        {
            throw new CellException("nationality.lines");
        }

        return [.. Enumerable.Range(0, personnelLines).Select(i => nationalities.Count switch
        {
            0 => null,
            1 => nationalities[0],
            _ => nationalities[i],
        })];
    }

    private static NationalityLine Line(string text)
    {
        if (text.Length > 120)
        {
            throw new CellException("nationality.unknown");
        }

        if (CellText.IsNotApplicable(text) || CellText.Is(text, "Unknown") || CellText.Is(text, "Unspecified"))
        {
            return new NationalityLine(null, text);
        }

        var iso2 = UnForms.GetValueOrDefault(text) ?? Countries.FromEnglishName(text);
        return iso2 is null ? throw new CellException("nationality.unknown") : new NationalityLine(iso2, text);
    }
}
