namespace Bluehelm.Modules.EarlyWarning.Hotspots.Engine;

/// <summary>
/// A rectangle of PRIO-GRID cells, rows and columns inclusive (row 1 is the southernmost, column 1 starts at
/// -180°). Rows and columns do not wrap: a study area crossing the antimeridian is cut at column 720.
/// </summary>
internal readonly record struct StudyArea(int RowMin, int RowMax, int ColMin, int ColMax)
{
    /// <summary>PRIO-GRID's 0.5° rows (south to north) and columns (west to east).</summary>
    internal const int GridRows = 360, GridCols = 720;

    internal int Rows => RowMax - RowMin + 1;

    internal int Cols => ColMax - ColMin + 1;

    internal int CellCount => Rows * Cols;

    /// <summary>The bounding box of these cells grown by one cell on every side (within the grid); null when there are none.</summary>
    internal static StudyArea? Around(IEnumerable<int> gids)
    {
        int rowMin = int.MaxValue, rowMax = int.MinValue, colMin = int.MaxValue, colMax = int.MinValue;
        foreach (var gid in gids)
        {
            var (row, col) = RowCol(gid);
            rowMin = Math.Min(rowMin, row);
            rowMax = Math.Max(rowMax, row);
            colMin = Math.Min(colMin, col);
            colMax = Math.Max(colMax, col);
        }

        return rowMin == int.MaxValue
            ? null
            : new StudyArea(Math.Max(1, rowMin - 1), Math.Min(GridRows, rowMax + 1), Math.Max(1, colMin - 1), Math.Min(GridCols, colMax + 1));
    }

    internal static (int Row, int Col) RowCol(int gid) => (((gid - 1) / GridCols) + 1, ((gid - 1) % GridCols) + 1);

    internal static int GidOf(int row, int col) => ((row - 1) * GridCols) + col;

    internal bool Contains(int gid)
    {
        var (row, col) = RowCol(gid);
        return row >= RowMin && row <= RowMax && col >= ColMin && col <= ColMax;
    }
}
