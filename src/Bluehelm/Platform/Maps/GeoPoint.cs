namespace Bluehelm.Platform.Maps;

public readonly record struct GeoPoint(double Longitude, double Latitude);
