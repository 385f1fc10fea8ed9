namespace Bluehelm.Modules.Conduct.Statistics;

/// <summary>How a published cell is shown.</summary>
internal enum CellState
{
    Visible,

    /// <summary>The count is 1 or 2 (or the cell is otherwise too revealing and holds 1 or 2): shown "fewer than 3".</summary>
    FewerThan3,

    /// <summary>
    /// Hidden so that a "fewer than 3" cell cannot be worked out by subtraction (complementary
    /// suppression), or a sum drawn from fewer than 3 cases. Always holds 3 or more: a 0 is never
    /// withheld and a 1 or 2 is always "fewer than 3".
    /// </summary>
    Withheld,
}

/// <summary>One linear relation between published cells: the parts add up to the whole.</summary>
internal sealed record SuppressionLine(int[] Parts, int Whole);

/// <summary>
/// Cell suppression for the public statistics (docs/conduct-statistics.md). Pure: values and
/// the relations between them in, a state per cell out.
/// <list type="number">
/// <item>Primary: every cell holding 1 or 2 is "fewer than 3"; cells the caller marks sensitive
/// (a sum drawn from fewer than 3 cases) are hidden as well. A 0 stays 0.</item>
/// <item>Complementary, iterated until stable: in every relation (a row or column with its total,
/// "pending + completed = allegations"), a hidden cell whose value could be solved from the shown
/// cells of that relation, knowing that "fewer than 3" means 1 or 2 and "withheld" means 3 or more,
/// makes the smallest shown non-zero cell of the relation withheld too. A lone hidden cell is
/// always solvable, so the rule includes "no line with a single hidden cell".</item>
/// </list>
/// The one case that cannot be mended by hiding more (every non-zero cell of the relation is already
/// hidden: two cells of one and their total of two) is left as is; <see cref="Unmendable"/> names it.
/// </summary>
internal static class Suppression
{
    private const long Infinity = long.MaxValue / 8;

    /// <summary>The state of every cell of <paramref name="values"/> under <paramref name="lines"/>.</summary>
    public static CellState[] Apply(IReadOnlyList<long> values, IReadOnlyList<SuppressionLine> lines, IReadOnlyList<bool>? sensitive = null)
    {
        var state = new CellState[values.Count];
        for (var i = 0; i < values.Count; i++)
        {
            if (values[i] is 1 or 2)
            {
                state[i] = CellState.FewerThan3;
            }
            else if (values[i] > 0 && sensitive is not null && sensitive[i])
            {
                state[i] = CellState.Withheld;
            }
        }

        var changed = true;
        while (changed)
        {
            changed = false;
            foreach (var line in lines)
            {
                while (Exposed(values, state, line) >= 0)
                {
                    var next = SmallestShown(values, state, line);
                    if (next < 0)
                    {
                        break;
                    }

                    state[next] = CellState.Withheld;
                    changed = true;
                }
            }
        }

        return state;
    }

    /// <summary>
    /// The first hidden cell of <paramref name="line"/> that an attacker can solve from the shown cells
    /// of this line alone (with the bounds each state publishes), or -1 when none can be.
    /// </summary>
    public static int Exposed(IReadOnlyList<long> values, IReadOnlyList<CellState> state, SuppressionLine line)
    {
        // The relation as sum(sign * x) = 0: parts +1, whole -1.
        long known = 0, lowSum = 0, highSum = 0;
        int lowInf = 0, highInf = 0, hidden = 0;
        foreach (var (cell, sign) in Terms(line))
        {
            if (state[cell] == CellState.Visible)
            {
                known += sign * values[cell];
                continue;
            }

            hidden++;
            var (low, high) = Signed(state[cell], sign);
            Accumulate(low, ref lowSum, ref lowInf);
            Accumulate(high, ref highSum, ref highInf);
        }

        if (hidden == 0)
        {
            return -1;
        }

        foreach (var (cell, sign) in Terms(line))
        {
            if (state[cell] == CellState.Visible)
            {
                continue;
            }

            var (low, high) = Signed(state[cell], sign);

            // The other hidden terms' range, then sign*x = -known - others.
            var othersLow = Without(low, lowSum, lowInf, -1);
            var othersHigh = Without(high, highSum, highInf, +1);
            var termLow = othersHigh >= Infinity ? -Infinity : -known - othersHigh;
            var termHigh = othersLow <= -Infinity ? Infinity : -known - othersLow;
            var (xLow, xHigh) = sign > 0 ? (termLow, termHigh) : (-termHigh, -termLow);
            var (boundLow, boundHigh) = Bounds(state[cell]);
            xLow = Math.Max(xLow, boundLow);
            xHigh = Math.Min(xHigh, boundHigh);
            if (xLow == xHigh)
            {
                return cell;
            }
        }

        return -1;
    }

    /// <summary>True when every non-zero cell of the line is hidden and one is still solvable: nothing left to hide.</summary>
    public static bool Unmendable(IReadOnlyList<long> values, IReadOnlyList<CellState> state, SuppressionLine line) =>
        Exposed(values, state, line) >= 0 && SmallestShown(values, state, line) < 0;

    /// <summary>What a reader knows of a cell from its state alone.</summary>
    public static (long Low, long High) Bounds(CellState state) => state switch
    {
        CellState.FewerThan3 => (1, 2),
        CellState.Withheld => (3, Infinity),
        _ => (-Infinity, Infinity),
    };

    private static IEnumerable<(int Cell, int Sign)> Terms(SuppressionLine line)
    {
        foreach (var p in line.Parts)
        {
            yield return (p, +1);
        }

        yield return (line.Whole, -1);
    }

    private static (long Low, long High) Signed(CellState state, int sign)
    {
        var (low, high) = Bounds(state);
        return sign > 0 ? (low, high) : (high >= Infinity ? -Infinity : -high, -low);
    }

    private static void Accumulate(long value, ref long sum, ref int infinite)
    {
        if (value >= Infinity || value <= -Infinity)
        {
            infinite++;
        }
        else
        {
            sum += value;
        }
    }

    /// <summary>The sum of the other terms' bound: infinite while any other term's bound is.</summary>
    private static long Without(long own, long sum, int infinite, int direction)
    {
        var ownInfinite = own >= Infinity || own <= -Infinity;
        var othersInfinite = infinite - (ownInfinite ? 1 : 0);
        if (othersInfinite > 0)
        {
            return direction * Infinity;
        }

        return ownInfinite ? sum : sum - own;
    }

    private static int SmallestShown(IReadOnlyList<long> values, IReadOnlyList<CellState> state, SuppressionLine line)
    {
        var best = -1;
        foreach (var (cell, _) in Terms(line))
        {
            if (state[cell] == CellState.Visible && values[cell] > 0 && (best < 0 || values[cell] < values[best]))
            {
                best = cell;
            }
        }

        return best;
    }
}
