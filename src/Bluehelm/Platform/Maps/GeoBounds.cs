namespace Bluehelm.Platform.Maps;

public readonly record struct GeoBounds(double MinLongitude, double MinLatitude, double MaxLongitude, double MaxLatitude)
{
    public bool Intersects(GeoBounds other) =>
        MinLongitude <= other.MaxLongitude && other.MinLongitude <= MaxLongitude &&
        MinLatitude <= other.MaxLatitude && other.MinLatitude <= MaxLatitude;

    /// <summary>The smallest box holding every point.</summary>
    public static GeoBounds Of(ReadOnlySpan<GeoPoint> points)
    {
        double minLon = double.MaxValue, minLat = double.MaxValue, maxLon = double.MinValue, maxLat = double.MinValue;
        foreach (var p in points)
        {
            minLon = Math.Min(minLon, p.Longitude);
            maxLon = Math.Max(maxLon, p.Longitude);
            minLat = Math.Min(minLat, p.Latitude);
            maxLat = Math.Max(maxLat, p.Latitude);
        }

        return new GeoBounds(minLon, minLat, maxLon, maxLat);
    }

    public GeoBounds Union(GeoBounds other) => new(
        Math.Min(MinLongitude, other.MinLongitude),
        Math.Min(MinLatitude, other.MinLatitude),
        Math.Max(MaxLongitude, other.MaxLongitude),
        Math.Max(MaxLatitude, other.MaxLatitude));
}
