using System.Globalization;
using Bluehelm.Platform.Geo;

namespace Bluehelm.Tests.Platform.Geo;

public sealed class CountriesTests
{
    [Fact]
    public void All_EveryIsoCountry_HasBothNames()
    {
        Countries.All.Count.ShouldBeGreaterThanOrEqualTo(249);
        Countries.All.ShouldAllBe(c => c.Iso2.Length == 2 && c.Iso3.Length == 3 && c.Numeric.Length == 3 && c.NameEn.Length > 0 && c.NameFr.Length > 0);
    }

    [Theory]
    [InlineData("CF", "CAF", "140", "Central African Republic", "République centrafricaine")]
    [InlineData("CD", "COD", "180", "Democratic Republic of the Congo", "République démocratique du Congo")]
    [InlineData("SN", "SEN", "686", "Senegal", "Sénégal")]
    [InlineData("DE", "DEU", "276", "Germany", "Allemagne")]
    public void Find_KnownCountry_HasUnNamesInEnglishAndFrench(string iso2, string iso3, string numeric, string en, string fr)
    {
        var c = Countries.Find(iso2).ShouldNotBeNull();

        (c.Iso3, c.Numeric, c.NameEn, c.NameFr).ShouldBe((iso3, numeric, en, fr));
    }

    [Fact]
    public void NameOf_FrenchOrEnglishUiCulture_GivesThatLanguage()
    {
        var previous = CultureInfo.CurrentUICulture;
        try
        {
            CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo("fr");
            Countries.NameOf("DE").ShouldBe("Allemagne");
            CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo("en");
            Countries.NameOf("DE").ShouldBe("Germany");
        }
        finally
        {
            CultureInfo.CurrentUICulture = previous;
        }
    }

    [Theory]
    [InlineData("Drc", "CD")]
    [InlineData("Congo", "CG")]
    [InlineData("Britain", "GB")]
    [InlineData("UK", "GB")]
    [InlineData("Us", "US")]
    [InlineData("Cote d'Ivoire", "CI")]
    [InlineData("Korea", "KR")]
    [InlineData("Russia", "RU")]
    [InlineData("Tanzania", "TZ")]
    [InlineData("Central African Republic", "CF")]
    [InlineData("Sri Lanka", "LK")]
    public void FromEnglishName_DataSetSpellings_Resolve(string name, string iso2) =>
        Countries.FromEnglishName(name).ShouldBe(iso2);

    [Theory]
    [InlineData("Multinational")]
    [InlineData("TCC name unknown")]
    [InlineData("CARICOM")]
    [InlineData("")]
    public void FromEnglishName_NotACountry_IsNull(string name) =>
        Countries.FromEnglishName(name).ShouldBeNull();
}
