using Bluehelm.Platform.Maps;

namespace Bluehelm.Tests.Platform.Maps;

public sealed class CountryBoundsTests
{
    [Theory]
    [InlineData(4.36, 18.56, false)]   // Bangui
    [InlineData(10.9, 22.8, false)]    // Birao, near the northern border
    [InlineData(18.56, 4.36, true)]    // Bangui with latitude and longitude swapped
    [InlineData(-4.36, 18.56, true)]   // Bangui with its sign dropped: about 6 degrees south of the country
    [InlineData(41.9, 12.5, true)]     // Rome
    public void IsFarOutside_PointsAroundTheCentralAfricanRepublic_FlagsOnlyFarOnes(double latitude, double longitude, bool expected) =>
        CountryBounds.IsFarOutside("CF", latitude, longitude).ShouldBe(expected);

    [Fact]
    public void IsFarOutside_UnknownCountry_IsNeverFlagged() =>
        CountryBounds.IsFarOutside("ZZ", 41.9, 12.5).ShouldBeFalse();
}
