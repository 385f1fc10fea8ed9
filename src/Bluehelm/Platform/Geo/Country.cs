namespace Bluehelm.Platform.Geo;

/// <summary>A country with its ISO 3166-1 codes and its names in English and French.</summary>
public sealed record Country(string Iso2, string Iso3, string Numeric, string NameEn, string NameFr);
