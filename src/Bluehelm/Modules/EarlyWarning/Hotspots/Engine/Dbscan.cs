using System.Collections.Concurrent;

namespace Bluehelm.Modules.EarlyWarning.Hotspots.Engine;

/// <summary>
/// DBSCAN (Ester, Kriegel, Sander &amp; Xu, KDD 1996) on great-circle distance, optionally in space and time.
/// Textbook semantics, exactly: a point is core when at least minPoints points (itself included) lie within
/// eps (distance &lt;= eps); cores within eps of each other share a cluster (clusters are the connected
/// components of cores); a non-core point within eps of a core is a border point and joins the cluster of
/// its nearest core (equal distances: the core with the lowest input index); every other point is noise (-1).
/// Clusters are numbered 0, 1, ... in the order their first core appears in the input.
/// </summary>
/// <remarks>
/// Distance is the haversine great-circle distance on a sphere of radius 6,371.0088 km (the mean Earth
/// radius scikit-learn users divide by to pass eps in radians). It is evaluated as the chord between unit
/// vectors: haversine's <c>a = sin²(d / 2R)</c> equals a quarter of the squared chord, so "within eps" is
/// "squared chord &lt;= 4 sin²(eps / 2R)", the same predicate without a trigonometric call per pair.
/// The work: an index of cubes (<see cref="SphereGrid"/>), neighbour counts in parallel on every core with
/// an early stop at minPoints, cores joined cube by cube with union-find, borders resolved in parallel.
/// No allocation is made per point.
/// </remarks>
internal static partial class Dbscan
{
    /// <summary>Mean Earth radius (IUGG), the one scikit-learn's haversine users divide eps by.</summary>
    internal const double EarthRadiusKm = 6371.0088;

    internal static DbscanResult Run(double[] latitude, double[] longitude, int[]? days, DbscanParameters parameters)
    {
        ArgumentNullException.ThrowIfNull(latitude);
        ArgumentNullException.ThrowIfNull(longitude);
        ArgumentNullException.ThrowIfNull(parameters);
        parameters.Validate();
        var n = latitude.Length;
        if (longitude.Length != n || (days is not null && days.Length != n))
        {
            throw new ArgumentException("latitude, longitude and days must have the same length");
        }

        if (parameters.WindowDays is not null && days is null)
        {
            throw new ArgumentException("a time window needs the days of the points", nameof(days));
        }

        for (var i = 0; i < n; i++)
        {
            if (!(latitude[i] is >= -90 and <= 90) || !(longitude[i] is >= -180 and <= 180))
            {
                throw new ArgumentOutOfRangeException(nameof(latitude), $"point {i} is not a coordinate in degrees");
            }
        }

        var grid = new SphereGrid(latitude, longitude, parameters.WindowDays is null ? null : days, ChordSquared(parameters.EpsKm), parameters.WindowDays);
        var core = new bool[n];
        var coreCount = new int[grid.CellCount];
        FindCores(grid, parameters.MinPoints, core, coreCount);
        var parent = JoinCores(grid, core, coreCount);

        var labels = new int[n];
        var isCore = new bool[n];
        var clusterOfRoot = new int[n];
        Array.Fill(clusterOfRoot, -1);
        var positionOf = new int[n];
        for (var k = 0; k < n; k++)
        {
            positionOf[grid.Order[k]] = k;
        }

        var clusters = 0;
        for (var i = 0; i < n; i++)
        {
            var k = positionOf[i];
            if (core[k])
            {
                var root = parent[k];
                if (clusterOfRoot[root] < 0)
                {
                    clusterOfRoot[root] = clusters++;
                }

                labels[i] = clusterOfRoot[root];
                isCore[i] = true;
            }
        }

        AssignBorders(grid, core, coreCount, parent, clusterOfRoot, labels);
        return new DbscanResult(labels, isCore, clusters);
    }

    /// <summary>The squared chord of eps km on the unit sphere; infinite when eps reaches half the circumference or more.</summary>
    internal static double ChordSquared(double epsKm)
    {
        var half = epsKm / EarthRadiusKm / 2;
        if (half >= Math.PI / 2)
        {
            return double.PositiveInfinity;
        }

        var chord = 2 * Math.Sin(half);
        return chord * chord;
    }

    private static void FindCores(SphereGrid grid, int minPoints, bool[] core, int[] coreCount)
    {
        ForEachCellRange(grid, (from, to, buffer) =>
        {
            for (var c = from; c < to; c++)
            {
                int first = grid.Start[c], end = grid.Start[c + 1], size = end - first;
                if (grid.Tight && size >= minPoints)
                {
                    Array.Fill(core, true, first, size);
                }
                else
                {
                    var cells = grid.Neighbours(c, buffer);
                    for (var p = first; p < end; p++)
                    {
                        core[p] = CountsAtLeast(grid, p, c, cells, buffer, minPoints);
                    }
                }
            }
        });

        // Cores first within each cell, so the later phases scan only a cell's cores. A separate pass:
        // while cores are counted, other threads read every cell's points.
        ForEachCellRange(grid, (from, to, _) =>
        {
            for (var c = from; c < to; c++)
            {
                int first = grid.Start[c], end = grid.Start[c + 1], front = first;
                for (var p = first; p < end; p++)
                {
                    if (core[p])
                    {
                        Swap(grid, core, front++, p);
                    }
                }

                coreCount[c] = front - first;
            }
        });
    }

    private static bool CountsAtLeast(SphereGrid grid, int p, int cell, int cellCount, Span<int> cells, int minPoints)
    {
        // In a tight cell every point is a neighbour, the point itself included.
        var count = grid.Tight ? grid.Start[cell + 1] - grid.Start[cell] : 0;
        if (count >= minPoints)
        {
            return true;
        }

        for (var j = 0; j < cellCount; j++)
        {
            var d = cells[j];
            if (grid.Tight && d == cell)
            {
                continue;
            }

            for (int q = grid.Start[d], end = grid.Start[d + 1]; q < end; q++)
            {
                if (grid.Within(p, q) && ++count >= minPoints)
                {
                    return true;
                }
            }
        }

        return false;
    }

    private static void AssignBorders(SphereGrid grid, bool[] core, int[] coreCount, int[] root, int[] clusterOfRoot, int[] labels)
    {
        ForEachCellRange(grid, (from, to, cells) =>
        {
            for (var c = from; c < to; c++)
            {
                int end = grid.Start[c + 1], firstNonCore = grid.Start[c] + coreCount[c];
                if (firstNonCore == end)
                {
                    continue;
                }

                var found = grid.Neighbours(c, cells);
                for (var p = firstNonCore; p < end; p++)
                {
                    int best = -1, bestIndex = int.MaxValue;
                    var bestChord = double.PositiveInfinity;
                    for (var j = 0; j < found; j++)
                    {
                        var d = cells[j];
                        for (int q = grid.Start[d], qEnd = q + coreCount[d]; q < qEnd; q++)
                        {
                            if (!grid.Within(p, q))
                            {
                                continue;
                            }

                            var chord = grid.ChordSquaredBetween(p, q);
                            var index = grid.Order[q];
                            if (chord < bestChord || (chord == bestChord && index < bestIndex))
                            {
                                (best, bestChord, bestIndex) = (q, chord, index);
                            }
                        }
                    }

                    labels[grid.Order[p]] = best < 0 ? -1 : clusterOfRoot[root[best]];
                }
            }
        });
    }

    private delegate void CellRangeBody(int from, int to, Span<int> cells);

    private static void ForEachCellRange(SphereGrid grid, CellRangeBody body)
    {
        // Many small ranges: dense cells cost far more than sparse ones, so the two cores share them dynamically.
        if (grid.CellCount == 0)
        {
            return;
        }

        var size = Math.Max(64, grid.CellCount / (Environment.ProcessorCount * 64));
        Parallel.ForEach(Partitioner.Create(0, grid.CellCount, size), range =>
        {
            Span<int> cells = stackalloc int[grid.MaxNeighbours];
            body(range.Item1, range.Item2, cells);
        });
    }

    private static void Swap(SphereGrid grid, bool[] core, int a, int b)
    {
        if (a == b)
        {
            return;
        }

        (grid.Order[a], grid.Order[b]) = (grid.Order[b], grid.Order[a]);
        (grid.X[a], grid.X[b]) = (grid.X[b], grid.X[a]);
        (grid.Y[a], grid.Y[b]) = (grid.Y[b], grid.Y[a]);
        (grid.Z[a], grid.Z[b]) = (grid.Z[b], grid.Z[a]);
        (grid.Day[a], grid.Day[b]) = (grid.Day[b], grid.Day[a]);
        (core[a], core[b]) = (core[b], core[a]);
    }
}
