using Bluehelm.Modules.Conduct.Statistics;
using CsCheck;

namespace Bluehelm.Tests.Conduct;

/// <summary>
/// The statistics' cell suppression, attacked the way a reader would: subtracting the shown cells of
/// a row or column from its total, knowing that "fewer than 3" means 1 or 2 and "withheld" 3 or more.
/// </summary>
public sealed class SuppressionTests
{
    /// <summary>Small counts, mostly 0 to 4: the tables where suppression matters.</summary>
    private static readonly Gen<long> Count = Gen.Frequency((4, Gen.Long[0, 0]), (6, Gen.Long[1, 2]), (4, Gen.Long[3, 5]), (2, Gen.Long[6, 40]));

    private static readonly Gen<long[][]> Table = Gen.Int[1, 6].SelectMany(rows => Gen.Int[1, 6].SelectMany(cols => Count.Array[cols].Array[rows]));

    [Fact]
    public void Apply_LoneSmallCellInRow_WithholdsTheNextSmallest()
    {
        var (values, lines) = Row(1, 5, 7);

        var state = Suppression.Apply(values, lines);

        state.ShouldBe([CellState.FewerThan3, CellState.Withheld, CellState.Visible, CellState.Visible]);
    }

    [Fact]
    public void Apply_ZeroCells_StayVisibleAndAreNeverWithheld()
    {
        var (values, lines) = Row(0, 2, 0, 9);

        var state = Suppression.Apply(values, lines);

        state[0].ShouldBe(CellState.Visible);
        state[2].ShouldBe(CellState.Visible);
        state[1].ShouldBe(CellState.FewerThan3);
        state[3].ShouldBe(CellState.Withheld);
    }

    [Fact]
    public void Apply_ComplementOfExactlyThree_WithholdsTheTotalToo()
    {
        // 1 and 3 hidden, total 4 shown: 4 - (3 or more) leaves at most 1, so the "fewer than 3" would be pinned at 1.
        var (values, lines) = Row(1, 3);

        var state = Suppression.Apply(values, lines);

        state.ShouldBe([CellState.FewerThan3, CellState.Withheld, CellState.Withheld]);
        Suppression.Exposed(values, state, lines[0]).ShouldBe(-1);
    }

    [Fact]
    public void Apply_TwoOnesAndTheirTotal_IsTheOneUnmendableLine()
    {
        var (values, lines) = Row(1, 1);

        var state = Suppression.Apply(values, lines);

        state.ShouldAllBe(s => s == CellState.FewerThan3);
        Suppression.Unmendable(values, state, lines[0]).ShouldBeTrue();
    }

    [Fact]
    public void Apply_SensitiveSumFromFewCases_IsWithheldWithItsComplement()
    {
        // Victims: one case of 6 victims in the first cell.
        var (values, lines) = Row(6, 9, 12);

        var state = Suppression.Apply(values, lines, [true, false, false, false]);

        state[0].ShouldBe(CellState.Withheld);
        state.Count(s => s != CellState.Visible).ShouldBeGreaterThanOrEqualTo(2);
    }

    [Fact]
    public void Apply_RandomTables_NoHiddenCellSolvableFromOneLine()
    {
        Table.Sample(t =>
        {
            var (values, lines) = WithMargins(t);
            var state = Suppression.Apply(values, lines);

            for (var i = 0; i < values.Length; i++)
            {
                if (values[i] is 1 or 2)
                {
                    state[i].ShouldBe(CellState.FewerThan3);
                }

                if (values[i] == 0)
                {
                    state[i].ShouldBe(CellState.Visible);
                }

                if (state[i] == CellState.Withheld)
                {
                    values[i].ShouldBeGreaterThanOrEqualTo(3);
                }
            }

            foreach (var line in lines)
            {
                var cells = line.Parts.Append(line.Whole).ToArray();
                var hidden = cells.Count(c => state[c] != CellState.Visible);

                // Total minus the shown cells: never exactly one hidden cell left.
                hidden.ShouldNotBe(1);

                // With the published bounds, every hidden cell keeps at least two possible values,
                // except on the documented line whose non-zero cells are all already hidden.
                if (!cells.Where(c => values[c] > 0).All(c => state[c] != CellState.Visible))
                {
                    foreach (var c in cells.Where(c => state[c] != CellState.Visible))
                    {
                        PossibleValues(values, state, line, c).ShouldBeGreaterThan(1, $"cell {c} of line {string.Join(',', cells)}");
                    }
                }
            }
        }, iter: 2000);
    }

    /// <summary>
    /// An attacker's own count, by enumeration: the values of <paramref name="cell"/> that some
    /// assignment of the line's other hidden cells (each within what its label says, withheld cells
    /// capped at the line's largest possible sum) agrees with.
    /// </summary>
    private static int PossibleValues(long[] values, CellState[] state, SuppressionLine line, int cell)
    {
        var cells = line.Parts.Append(line.Whole).ToArray();
        var cap = cells.Sum(c => state[c] == CellState.Visible ? values[c] : 0) + 2 + (cells.Length * 40);
        (long Low, long High) Range(int c) => state[c] switch
        {
            CellState.FewerThan3 => (1, 2),
            CellState.Withheld => (3, cap),
            _ => (values[c], values[c]),
        };

        var possible = 0;
        var (low, high) = Range(cell);
        for (var v = low; v <= high && possible < 2; v++)
        {
            // parts - whole = 0 with cell fixed at v: is some choice of the others in range?
            long min = 0, max = 0;
            foreach (var c in cells.Where(c => c != cell))
            {
                var (l, h) = Range(c);
                var sign = c == line.Whole ? -1 : 1;
                min += sign > 0 ? l : -h;
                max += sign > 0 ? h : -l;
            }

            var own = cell == line.Whole ? -v : v;
            if (min + own <= 0 && max + own >= 0)
            {
                possible++;
            }
        }

        return possible;
    }

    private static (long[] Values, List<SuppressionLine> Lines) Row(params long[] cells)
    {
        long[] values = [.. cells, cells.Sum()];
        return (values, [new SuppressionLine([.. Enumerable.Range(0, cells.Length)], cells.Length)]);
    }

    /// <summary>The table with a total column, a total row and the grand total; its rows and columns as lines.</summary>
    private static (long[] Values, List<SuppressionLine> Lines) WithMargins(long[][] table)
    {
        var rows = table.Length;
        var cols = table[0].Length;
        int At(int r, int c) => (r * (cols + 1)) + c;
        var values = new long[(rows + 1) * (cols + 1)];
        for (var r = 0; r < rows; r++)
        {
            for (var c = 0; c < cols; c++)
            {
                var v = table[r][c];
                values[At(r, c)] += v;
                values[At(r, cols)] += v;
                values[At(rows, c)] += v;
                values[At(rows, cols)] += v;
            }
        }

        var lines = new List<SuppressionLine>();
        for (var r = 0; r <= rows; r++)
        {
            lines.Add(new SuppressionLine([.. Enumerable.Range(0, cols).Select(c => At(r, c))], At(r, cols)));
        }

        for (var c = 0; c <= cols; c++)
        {
            lines.Add(new SuppressionLine([.. Enumerable.Range(0, rows).Select(r => At(r, c))], At(rows, c)));
        }

        return (values, lines);
    }
}
