namespace Bluehelm.Modules.EarlyWarning.Hotspots.Engine;

/// <summary>DBSCAN's second phase: cores within eps of each other joined into clusters with union-find.</summary>
internal static partial class Dbscan
{
    private static int[] JoinCores(SphereGrid grid, bool[] core, int[] coreCount)
    {
        var n = core.Length;
        var parent = new int[n];
        for (var k = 0; k < n; k++)
        {
            parent[k] = k;
        }

        if (grid.Tight)
        {
            for (var c = 0; c < grid.CellCount; c++)
            {
                for (int first = grid.Start[c], p = first + 1; p < first + coreCount[c]; p++)
                {
                    parent[p] = first;
                }
            }
        }

        Span<int> cells = stackalloc int[grid.MaxNeighbours];
        for (var c = 0; c < grid.CellCount; c++)
        {
            if (coreCount[c] == 0)
            {
                continue;
            }

            int first = grid.Start[c], end = first + coreCount[c];
            var found = grid.Neighbours(c, cells);
            for (var j = 0; j < found; j++)
            {
                var d = cells[j];
                if (d < c || coreCount[d] == 0 || (grid.Tight && d == c))
                {
                    continue;
                }

                int dFirst = grid.Start[d], dEnd = dFirst + coreCount[d];
                if (grid.Tight)
                {
                    // All cores of a tight cell are one set: one pair within eps joins the two cells.
                    if (Find(parent, first) != Find(parent, dFirst) && AnyPairWithin(grid, first, end, dFirst, dEnd))
                    {
                        Union(parent, first, dFirst);
                    }

                    continue;
                }

                for (var p = first; p < end; p++)
                {
                    for (var q = d == c ? p + 1 : dFirst; q < dEnd; q++)
                    {
                        if (Find(parent, p) != Find(parent, q) && grid.Within(p, q))
                        {
                            Union(parent, p, q);
                        }
                    }
                }
            }
        }

        // Flattened, the forest can be read from several threads.
        for (var k = 0; k < n; k++)
        {
            parent[k] = Find(parent, k);
        }

        return parent;
    }

    private static bool AnyPairWithin(SphereGrid grid, int first, int end, int dFirst, int dEnd)
    {
        for (var p = first; p < end; p++)
        {
            for (var q = dFirst; q < dEnd; q++)
            {
                if (grid.Within(p, q))
                {
                    return true;
                }
            }
        }

        return false;
    }

    private static int Find(int[] parent, int k)
    {
        var root = k;
        while (parent[root] != root)
        {
            root = parent[root];
        }

        while (parent[k] != root)
        {
            (parent[k], k) = (root, parent[k]);
        }

        return root;
    }

    private static void Union(int[] parent, int a, int b)
    {
        int ra = Find(parent, a), rb = Find(parent, b);
        if (ra != rb)
        {
            // The lower root wins, which keeps trees shallow enough here and the result independent of thread timing.
            if (ra < rb)
            {
                parent[rb] = ra;
            }
            else
            {
                parent[ra] = rb;
            }
        }
    }
}
