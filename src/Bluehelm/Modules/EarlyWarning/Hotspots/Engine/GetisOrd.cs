namespace Bluehelm.Modules.EarlyWarning.Hotspots.Engine;

/// <summary>
/// Getis-Ord Gi* on PRIO-GRID cells (Getis &amp; Ord 1992, "The analysis of spatial association by use of
/// distance statistics", Geographical Analysis 24(3); Ord &amp; Getis 1995, "Local spatial autocorrelation
/// statistics", Geographical Analysis 27(4)), in the standardized form:
/// <code>
/// z_i = (Σ_j w_ij x_j − X̄ Σ_j w_ij) / ( S √( (n Σ_j w_ij² − (Σ_j w_ij)²) / (n − 1) ) )
/// X̄ = Σ_j x_j / n,   S = √( Σ_j x_j² / n − X̄² )
/// </code>
/// where x is the count of events per cell, n the cells of the study area, and w_ij = 1 for the cell itself
/// and its 8 surrounding cells that lie in the study area (binary weights, so Σw = Σw² = that number).
/// The study area is every cell of the bounding box of the events grown by one cell; cells without events
/// count 0. When every cell has the same count (S = 0) or a cell's neighbourhood is the whole area, z is 0.
/// </summary>
internal static class GetisOrd
{
    /// <summary>Two-sided critical values of the normal distribution at 90, 95 and 99 %.</summary>
    internal const double Z90 = 1.6448536269514722, Z95 = 1.959963984540054, Z99 = 2.5758293035489004;

    /// <summary>Gi* for the events' cells (one gid per event) on the study area around them, sorted by gid.</summary>
    internal static GiCell[] Compute(IReadOnlyCollection<int> eventGids) =>
        StudyArea.Around(eventGids) is { } area ? Compute(area, eventGids) : [];

    /// <summary>Gi* on a given study area (so several periods compare cell by cell); events outside it are left out.</summary>
    internal static GiCell[] Compute(StudyArea area, IEnumerable<int> eventGids)
    {
        int rows = area.Rows, cols = area.Cols, n = area.CellCount;
        var counts = new int[n];
        foreach (var gid in eventGids)
        {
            if (area.Contains(gid))
            {
                var (row, col) = StudyArea.RowCol(gid);
                counts[((row - area.RowMin) * cols) + (col - area.ColMin)]++;
            }
        }

        double sum = 0, sumSquares = 0;
        foreach (var x in counts)
        {
            sum += x;
            sumSquares += (double)x * x;
        }

        var mean = sum / n;
        var s = Math.Sqrt(Math.Max(0, (sumSquares / n) - (mean * mean)));
        var cells = new GiCell[n];
        for (var r = 0; r < rows; r++)
        {
            for (var c = 0; c < cols; c++)
            {
                double local = 0;
                var weights = 0;
                for (var dr = -1; dr <= 1; dr++)
                {
                    for (var dc = -1; dc <= 1; dc++)
                    {
                        int rr = r + dr, cc = c + dc;
                        if (rr >= 0 && rr < rows && cc >= 0 && cc < cols)
                        {
                            local += counts[(rr * cols) + cc];
                            weights++;
                        }
                    }
                }

                var spread = ((double)n * weights) - ((double)weights * weights);
                var z = s > 0 && spread > 0 ? (local - (mean * weights)) / (s * Math.Sqrt(spread / (n - 1))) : 0;
                var index = (r * cols) + c;
                cells[index] = new GiCell(StudyArea.GidOf(area.RowMin + r, area.ColMin + c), counts[index], z, NormalDistribution.TwoSidedP(z));
            }
        }

        // Row-major from the south-west corner is gid order already.
        return cells;
    }
}
