namespace Bluehelm.Platform.Geo;

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
