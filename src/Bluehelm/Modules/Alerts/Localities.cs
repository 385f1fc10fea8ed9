using System.Globalization;

namespace Bluehelm.Modules.Alerts;

/// <summary>
/// A gazetteer of localities for placing alerts that name a village rather than give coordinates:
/// every town, village and city the UCDP GED v23.1 locates exactly (<c>where_prec</c> 1), with the
/// coordinates most of its events give. Embedded from <c>Data/localities-ucdp-ged-23.1-cf.csv</c>
/// (made by <c>scripts/localities-from-ucdp.py</c>; a test checks every row against the GED file).
/// </summary>
internal static class Localities
{
    private static readonly Lazy<Dictionary<string, Locality[]>> ByCountry = new(Load);

    /// <summary>Localities of a country (ISO 3166-1 alpha-2); none for a country not covered.</summary>
    public static IReadOnlyList<Locality> In(string? countryIso2) =>
        countryIso2 is not null && ByCountry.Value.TryGetValue(countryIso2.ToUpperInvariant(), out var list) ? list : [];

    private static Dictionary<string, Locality[]> Load()
    {
        using var stream = typeof(Localities).Assembly.GetManifestResourceStream("Bluehelm.Modules.Alerts.Data.localities-ucdp-ged-23.1-cf.csv")
            ?? throw new InvalidOperationException("The localities resource is missing from the build.");
        using var reader = new StreamReader(stream);
        var rows = new List<Locality>();
        reader.ReadLine();
        while (reader.ReadLine() is { Length: > 0 } line)
        {
            // Written by the script: no quoted fields (a test checks every row parses and is in the GED).
            var f = line.Split(',');
            rows.Add(new Locality(f[0], f[1], f[2], double.Parse(f[3], CultureInfo.InvariantCulture), double.Parse(f[4], CultureInfo.InvariantCulture), int.Parse(f[5], CultureInfo.InvariantCulture)));
        }

        return rows.GroupBy(l => l.CountryIso2, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.ToArray(), StringComparer.Ordinal);
    }
}
