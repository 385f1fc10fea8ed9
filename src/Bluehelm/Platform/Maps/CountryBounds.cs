using Bluehelm.Platform.Geo;

namespace Bluehelm.Platform.Maps;

/// <summary>
/// Whether a point is far outside a country: beyond its Natural Earth outline's bounding box by more
/// than <see cref="FarMarginDegrees"/>. Deliberately coarse (a box, not the polygon): it catches a
/// swapped latitude and longitude, a dropped minus sign or a point on another continent, and never
/// flags a place near the border.
/// </summary>
public static class CountryBounds
{
    /// <summary>About 110 km at the equator.</summary>
    public const double FarMarginDegrees = 1.0;

    /// <summary>False when the country is unknown or has no outline: nothing to compare with.</summary>
    public static bool IsFarOutside(string? countryIso2, double latitude, double longitude)
    {
        if (countryIso2 is null || Countries.Find(countryIso2) is not { } country)
        {
            return false;
        }

        var outlines = WorldOutlines.Instance.FindByIsoNumeric(country.Numeric);
        if (outlines.Count == 0)
        {
            return false;
        }

        var box = outlines.Select(o => o.Bounds).Aggregate((a, b) => a.Union(b));
        return latitude < box.MinLatitude - FarMarginDegrees || latitude > box.MaxLatitude + FarMarginDegrees
            || longitude < box.MinLongitude - FarMarginDegrees || longitude > box.MaxLongitude + FarMarginDegrees;
    }
}
