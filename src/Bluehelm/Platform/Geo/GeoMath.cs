namespace Bluehelm.Platform.Geo;

/// <summary>Coordinate checks and great-circle distance (WGS84 sphere approximation).</summary>
public static class GeoMath
{
    private const double EarthRadiusKm = 6371.0088;

    public static bool IsValid(double latitude, double longitude) =>
        double.IsFinite(latitude) && double.IsFinite(longitude) && latitude is >= -90 and <= 90 && longitude is >= -180 and <= 180;

    /// <summary>Haversine distance in kilometres.</summary>
    public static double DistanceKm(double lat1, double lon1, double lat2, double lon2)
    {
        var dLat = ToRadians(lat2 - lat1);
        var dLon = ToRadians(lon2 - lon1);
        var a = (Math.Sin(dLat / 2) * Math.Sin(dLat / 2)) +
                (Math.Cos(ToRadians(lat1)) * Math.Cos(ToRadians(lat2)) * Math.Sin(dLon / 2) * Math.Sin(dLon / 2));
        return 2 * EarthRadiusKm * Math.Asin(Math.Min(1, Math.Sqrt(a)));
    }

    private static double ToRadians(double degrees) => degrees * Math.PI / 180;
}

/// <summary>PRIO-GRID 0.5-degree cells (Tollefsen, Strand &amp; Buhaug 2012).</summary>
public static class PrioGrid
{
    /// <summary>The cell id of a coordinate: row and column from the south-west corner, 720 columns.</summary>
    public static int CellOf(double latitude, double longitude)
    {
        var row = (int)Math.Floor((latitude + 90) / 0.5) + 1;
        var col = (int)Math.Floor((longitude + 180) / 0.5) + 1;
        // The north pole and the antimeridian belong to the last row and column.
        row = Math.Min(row, 360);
        col = Math.Min(col, 720);
        return ((row - 1) * 720) + col;
    }

    /// <summary>Centre of a cell.</summary>
    public static (double Latitude, double Longitude) CentreOf(int gid)
    {
        var row = ((gid - 1) / 720) + 1;
        var col = ((gid - 1) % 720) + 1;
        return ((row * 0.5) - 90 - 0.25, (col * 0.5) - 180 - 0.25);
    }
}
