namespace Bluehelm.Modules.EarlyWarning.Hotspots.Engine;

/// <summary>
/// The spatial index of <see cref="Dbscan"/>: points as unit vectors, bucketed in cubes of the 3-D
/// space the sphere sits in (and, for space-time clusters, in buckets of days).
/// </summary>
/// <remarks>
/// Why cubes rather than latitude/longitude cells: on the sphere's own coordinates a cell eps wide has
/// to widen in longitude towards the poles, wrap at ±180 and take every longitude near a pole, each a
/// place for an off-by-one. In 3-D the sphere has no seam: two points within eps on the great circle
/// are within the chord <c>2 sin(eps / 2R)</c> in space, so they lie in cubes at most a couple of steps
/// apart whatever their latitude or longitude; the antimeridian and the poles need no code at all.
/// The cube side is the chord over √3 (a hair less), so any two points of one cube are within eps:
/// a cube holding minPoints points makes them all core, and all cores of one cube share a cluster.
/// Points are stored sorted by column (x, y, time bucket) then z, so a cube is a contiguous run of the
/// arrays and a column's cubes are contiguous too: finding the neighbour cubes takes one hash lookup per
/// neighbouring column (25, or 75 with a window) and a short scan along z, not one per cube (125).
/// </remarks>
internal sealed class SphereGrid
{
    private const int AxisBits = 21;
    private const int MaxAxis = (1 << AxisBits) - 1;

    private readonly long[] _slotKey;
    private readonly int[] _slotColumn;
    private readonly int _mask;
    private readonly int[] _offsets;
    private readonly double _side;
    private readonly long[] _columnKey;
    private readonly int[] _columnFirstCell;
    private readonly int[] _cellColumn;
    private readonly int[] _cellZ;

    internal SphereGrid(double[] latitude, double[] longitude, int[]? days, double chordSquared, int? windowDays)
    {
        var n = latitude.Length;
        ChordSquared = chordSquared;
        WindowDays = windowDays;
        var chord = Math.Sqrt(chordSquared);

        // Cubes of side chord/√3 make a cube's diagonal shorter than the chord; a tiny eps would need more
        // than 2^21 cubes a side, so the side has a floor and cubes are then only an index (Tight false).
        var tightSide = chord * (1 - 1e-9) / Math.Sqrt(3);
        _side = double.IsInfinity(chordSquared) ? 4 : Math.Max(tightSide, 2.0 / (MaxAxis - 4));
        Tight = double.IsInfinity(chordSquared) || _side <= tightSide;
        _offsets = Offsets(chord / _side, windowDays is not null, out var maxNeighbours);
        MaxNeighbours = maxNeighbours;

        var ux = new double[n];
        var uy = new double[n];
        var uz = new double[n];
        var minDay = days is { Length: > 0 } && windowDays is not null ? days.Min() : 0;
        var columnOf = new long[n];
        Parallel.For(0, n, i =>
        {
            var (sinPhi, cosPhi) = Math.SinCos(latitude[i] * (Math.PI / 180));
            var (sinLambda, cosLambda) = Math.SinCos(longitude[i] * (Math.PI / 180));
            ux[i] = cosPhi * cosLambda;
            uy[i] = cosPhi * sinLambda;
            uz[i] = sinPhi;
            var t = days is null || windowDays is null ? 0 : (days[i] - minDay) / (windowDays.Value + 1);
            columnOf[i] = ColumnKey(Axis(ux[i]), Axis(uy[i]), t);
        });

        // Columns get ids in order of first appearance, then are renumbered in key order (time, x, y), so
        // that cells next to each other in space sit near each other in memory: a cell's neighbours are then
        // read from a sliding window of the arrays rather than from anywhere. Points are sorted by (column, z).
        var capacity = 16;
        while (capacity < 2 * n)
        {
            capacity <<= 1;
        }

        _mask = capacity - 1;
        _slotKey = new long[capacity];
        _slotColumn = new int[capacity];
        Array.Fill(_slotColumn, -1);
        var columnKeys = new List<long>();
        var firstColumn = new int[n];
        for (var i = 0; i < n; i++)
        {
            var key = columnOf[i];
            var slot = Slot(key);
            while (_slotColumn[slot] >= 0 && _slotKey[slot] != key)
            {
                slot = (slot + 1) & _mask;
            }

            if (_slotColumn[slot] < 0)
            {
                _slotKey[slot] = key;
                _slotColumn[slot] = columnKeys.Count;
                columnKeys.Add(key);
            }

            firstColumn[i] = _slotColumn[slot];
        }

        var sortedKeys = columnKeys.ToArray();
        var byKey = new int[sortedKeys.Length];
        for (var c = 0; c < byKey.Length; c++)
        {
            byKey[c] = c;
        }

        Array.Sort(sortedKeys, byKey);
        var rank = new int[byKey.Length];
        for (var r = 0; r < byKey.Length; r++)
        {
            rank[byKey[r]] = r;
        }

        for (var slot = 0; slot < capacity; slot++)
        {
            if (_slotColumn[slot] >= 0)
            {
                _slotColumn[slot] = rank[_slotColumn[slot]];
            }
        }

        var sortKey = new long[n];
        Order = new int[n];
        Parallel.For(0, n, i =>
        {
            sortKey[i] = ((long)rank[firstColumn[i]] << AxisBits) | (long)Axis(uz[i]);
            Order[i] = i;
        });

        Array.Sort(sortKey, Order);
        _columnKey = sortedKeys;
        _columnFirstCell = new int[_columnKey.Length + 1];
        var start = new List<int>();
        var cellColumn = new List<int>();
        var cellZ = new List<int>();
        X = new double[n];
        Y = new double[n];
        Z = new double[n];
        Day = new int[n];
        for (var k = 0; k < n; k++)
        {
            if (k == 0 || sortKey[k] != sortKey[k - 1])
            {
                var column = (int)(sortKey[k] >> AxisBits);
                if (k == 0 || column != (int)(sortKey[k - 1] >> AxisBits))
                {
                    _columnFirstCell[column] = start.Count;
                }

                start.Add(k);
                cellColumn.Add(column);
                cellZ.Add((int)(sortKey[k] & MaxAxis));
            }

            var i = Order[k];
            (X[k], Y[k], Z[k], Day[k]) = (ux[i], uy[i], uz[i], days?[i] ?? 0);
        }

        CellCount = start.Count;
        _columnFirstCell[_columnKey.Length] = CellCount;
        start.Add(n);
        Start = [.. start];
        _cellColumn = [.. cellColumn];
        _cellZ = [.. cellZ];
    }

    /// <summary>The largest number of cells <see cref="Neighbours"/> can return.</summary>
    internal int MaxNeighbours { get; }

    /// <summary>Whether any two points of one cell are within eps of each other.</summary>
    internal bool Tight { get; }

    internal double ChordSquared { get; }

    internal int? WindowDays { get; }

    internal int CellCount { get; }

    /// <summary>Cell c holds sorted positions Start[c] .. Start[c + 1] - 1.</summary>
    internal int[] Start { get; }

    /// <summary>Input index of each sorted position.</summary>
    internal int[] Order { get; }

    internal double[] X { get; }

    internal double[] Y { get; }

    internal double[] Z { get; }

    internal int[] Day { get; }

    /// <summary>Whether the points at sorted positions a and b are neighbours (space, and time when a window is set).</summary>
    internal bool Within(int a, int b)
    {
        var dx = X[a] - X[b];
        var dy = Y[a] - Y[b];
        var dz = Z[a] - Z[b];
        return (dx * dx) + (dy * dy) + (dz * dz) <= ChordSquared && (WindowDays is not { } w || Math.Abs(Day[a] - Day[b]) <= w);
    }

    /// <summary>Squared chord between two sorted positions: it orders pairs exactly as the great-circle distance does.</summary>
    internal double ChordSquaredBetween(int a, int b)
    {
        var dx = X[a] - X[b];
        var dy = Y[a] - Y[b];
        var dz = Z[a] - Z[b];
        return (dx * dx) + (dy * dy) + (dz * dz);
    }

    /// <summary>
    /// Writes the non-empty cells that may hold a neighbour of a point of <paramref name="cell"/> (the cell
    /// itself included) into <paramref name="into"/>; returns how many.
    /// </summary>
    internal int Neighbours(int cell, Span<int> into)
    {
        var key = _columnKey[_cellColumn[cell]];
        int cx = (int)(key >> AxisBits) & MaxAxis, cy = (int)key & MaxAxis, ct = (int)(key >> (2 * AxisBits)), cz = _cellZ[cell];
        var found = 0;
        for (var o = 0; o < _offsets.Length; o += 4)
        {
            int x = cx + _offsets[o], y = cy + _offsets[o + 1], t = ct + _offsets[o + 2];
            if ((uint)x > MaxAxis || (uint)y > MaxAxis || (uint)t > MaxAxis)
            {
                continue;
            }

            var k = ColumnKey(x, y, t);
            var slot = Slot(k);
            int column;
            while ((column = _slotColumn[slot]) >= 0 && _slotKey[slot] != k)
            {
                slot = (slot + 1) & _mask;
            }

            if (column < 0)
            {
                continue;
            }

            int lo = cz - _offsets[o + 3], hi = cz + _offsets[o + 3];
            int first = _columnFirstCell[column], end = _columnFirstCell[column + 1];
            while (end - first > 8)
            {
                // Long columns (where the sphere runs along z) are searched; short ones scanned.
                var mid = (first + end) >>> 1;
                if (_cellZ[mid] < lo)
                {
                    first = mid + 1;
                }
                else
                {
                    end = mid + 1;
                    break;
                }
            }

            for (var c = first; c < _columnFirstCell[column + 1] && _cellZ[c] <= hi; c++)
            {
                if (_cellZ[c] >= lo)
                {
                    into[found++] = c;
                }
            }
        }

        return found;
    }

    /// <summary>
    /// Neighbouring columns (dx, dy, dt) and how far along z (±dz) a cube can still hold a point within the
    /// chord: cubes whose closest corners are farther apart than the chord are left out.
    /// </summary>
    private static int[] Offsets(double reachInSides, bool withTime, out int maxNeighbours)
    {
        var list = new List<int>();
        maxNeighbours = 0;
        var reach = double.IsInfinity(reachInSides) ? 0 : (int)Math.Ceiling(reachInSides);
        var limit = double.IsInfinity(reachInSides) ? 0 : reachInSides * reachInSides * (1 + 1e-9);
        int[] times = withTime ? [-1, 0, 1] : [0];
        for (var dx = -reach; dx <= reach; dx++)
        {
            for (var dy = -reach; dy <= reach; dy++)
            {
                double gx = Math.Max(0, Math.Abs(dx) - 1), gy = Math.Max(0, Math.Abs(dy) - 1);
                var rest = limit - (gx * gx) - (gy * gy);
                if (rest < 0 && (dx, dy) != (0, 0))
                {
                    continue;
                }

                var dz = Math.Min(reach, (int)Math.Floor(Math.Sqrt(Math.Max(0, rest))) + 1);
                dz = reach == 0 ? 0 : dz;
                foreach (var dt in times)
                {
                    list.AddRange([dx, dy, dt, dz]);
                    maxNeighbours += (2 * dz) + 1;
                }
            }
        }

        return [.. list];
    }

    // Column keys: time bucket, x and y in 21 bits each.
    private static long ColumnKey(int x, int y, int t) => ((long)t << (2 * AxisBits)) | ((long)x << AxisBits) | (long)y;

    private int Slot(long key) => (int)((ulong)(key * unchecked((long)0x9E3779B97F4A7C15)) >> 32) & _mask;

    private int Axis(double u) => Math.Min((int)((u + 1) / _side), MaxAxis - 2);
}
