namespace Bluehelm.Tests.Hotspots;

/// <summary>
/// DBSCAN by the book in O(n²), written independently of the engine: haversine distance with
/// <c>2R asin √a</c>, neighbour counts by brute force, clusters of cores by breadth-first search.
/// </summary>
internal static class DbscanReference
{
    private const double R = 6371.0088;

    internal static double DistanceKm(double lat1, double lon1, double lat2, double lon2)
    {
        var p1 = lat1 * Math.PI / 180;
        var p2 = lat2 * Math.PI / 180;
        var dp = p2 - p1;
        var dl = (lon2 - lon1) * Math.PI / 180;
        var a = (Math.Sin(dp / 2) * Math.Sin(dp / 2)) + (Math.Cos(p1) * Math.Cos(p2) * Math.Sin(dl / 2) * Math.Sin(dl / 2));
        return 2 * R * Math.Asin(Math.Min(1, Math.Sqrt(a)));
    }

    /// <summary>Core flags, the component of each core (-3 border, -1 noise) and the distances within eps (infinite beyond).</summary>
    internal static (bool[] Core, int[] Component, double[,] Distance) Run(double[] lat, double[] lon, int[]? days, double epsKm, int minPoints, int? window)
    {
        var n = lat.Length;
        var distance = new double[n, n];
        var within = new bool[n, n];
        for (var i = 0; i < n; i++)
        {
            for (var j = 0; j < n; j++)
            {
                distance[i, j] = DistanceKm(lat[i], lon[i], lat[j], lon[j]);
                within[i, j] = distance[i, j] <= epsKm && (window is not { } w || Math.Abs(days![i] - days[j]) <= w);
            }
        }

        var core = new bool[n];
        for (var i = 0; i < n; i++)
        {
            var count = 0;
            for (var j = 0; j < n; j++)
            {
                count += within[i, j] ? 1 : 0;
            }

            core[i] = count >= minPoints;
        }

        var component = new int[n];
        Array.Fill(component, -1);
        var next = 0;
        for (var i = 0; i < n; i++)
        {
            if (!core[i] || component[i] >= 0)
            {
                continue;
            }

            var queue = new Queue<int>([i]);
            component[i] = next;
            while (queue.TryDequeue(out var p))
            {
                for (var q = 0; q < n; q++)
                {
                    if (core[q] && component[q] < 0 && within[p, q])
                    {
                        component[q] = next;
                        queue.Enqueue(q);
                    }
                }
            }

            next++;
        }

        // Non-core points: -3 when a core is within eps (a border point), -1 otherwise (noise).
        for (var i = 0; i < n; i++)
        {
            if (!core[i])
            {
                component[i] = Enumerable.Range(0, n).Any(q => core[q] && within[i, q]) ? -3 : -1;
            }
        }

        for (var i = 0; i < n; i++)
        {
            for (var j = 0; j < n; j++)
            {
                if (!within[i, j])
                {
                    distance[i, j] = double.PositiveInfinity;
                }
            }
        }

        return (core, component, distance);
    }
}
