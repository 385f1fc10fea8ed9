using Bluehelm.Modules.EarlyWarning.Warnings;

namespace Bluehelm.Tests.Warnings;

public sealed class HostCountriesTests
{
    [Theory]
    [InlineData("CF", 5.75, 20.675, true)]
    [InlineData("CF", 4.3938, 18.5599, true)]
    [InlineData("CF", 9.2, 18.35, false)]
    [InlineData("CF", 48.85, 2.35, false)]
    [InlineData("TD", 9.2, 18.35, true)]
    [InlineData(null, 5.75, 20.675, false)]
    [InlineData("XX", 5.75, 20.675, false)]
    public void Contains_PointAndCountry_AsTheOutlineSays(string? iso2, double lat, double lon, bool inside) =>
        HostCountries.Contains(iso2, lat, lon).ShouldBe(inside);
}
