namespace Bluehelm.Platform.Maps;

public readonly record struct GeoBounds(double MinLongitude, double MinLatitude, double MaxLongitude, double MaxLatitude)
{
    public bool Intersects(GeoBounds other) =>
        MinLongitude <= other.MaxLongitude && other.MinLongitude <= MaxLongitude &&
        MinLatitude <= other.MaxLatitude && other.MinLatitude <= MaxLatitude;

    public GeoBounds Union(GeoBounds other) => new(
        Math.Min(MinLongitude, other.MinLongitude),
        Math.Min(MinLatitude, other.MinLatitude),
        Math.Max(MaxLongitude, other.MaxLongitude),
        Math.Max(MaxLatitude, other.MaxLatitude));
}
