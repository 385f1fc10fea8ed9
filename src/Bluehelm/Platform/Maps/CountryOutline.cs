namespace Bluehelm.Platform.Maps;

/// <summary>
/// One Natural Earth admin-0 unit. Rings are closed (first point repeated last). Longitudes are continuous
/// across the antimeridian, so rings and bounds may extend past ±180 (Fiji spans roughly 177 to 182).
/// </summary>
public sealed record CountryOutline(
    string? IsoNumeric, string Name, IReadOnlyList<ReadOnlyMemory<GeoPoint>> Rings, GeoBounds Bounds);
