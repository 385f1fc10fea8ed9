using Bluehelm.Modules.Conduct.Domain;

namespace Bluehelm.Modules.Conduct.PublicTable.Cells;

/// <summary>The case's finding (Substantiated when any line is) and every line of the cell as written.</summary>
internal sealed record ResultCellValue(Finding Finding, IReadOnlyList<string> Lines);

/// <summary>
/// The <c>Result</c> column: lines <c>Substantiated (Rape) (2)</c>, <c>Unsubstantiated (Insufficient evidence) (1)</c>,
/// <c>Pending (additional information from Member State) (3)</c>, <c>Incomplete (Subject died) (1)</c>,
/// <c>N/A (1)</c>; the trailing number is how many subjects the line concerns. The case's finding:
/// Substantiated if any line is; else Pending if any line is; else Unsubstantiated if any line is;
/// else (incomplete, not applicable) Closed. A blank cell is Pending.
/// </summary>
internal static class ResultCell
{
    public static ResultCellValue Parse(string? cell)
    {
        var lines = CellText.Lines(cell);
        var findings = lines.Select(Line).ToList();
        var finding =
            findings.Contains(Finding.Substantiated) ? Finding.Substantiated
            : findings.Count == 0 || findings.Contains(Finding.Pending) ? Finding.Pending
            : findings.Contains(Finding.Unsubstantiated) ? Finding.Unsubstantiated
            : Finding.Closed;
        return new ResultCellValue(finding, lines);
    }

    private static Finding Line(string line)
    {
        var (rest, _) = CellText.TrailingCount(line);
        var word = rest.Split('(', 2)[0].Trim();
        return word switch
        {
            _ when CellText.Is(word, "Substantiated") => Finding.Substantiated,
            _ when CellText.Is(word, "Unsubstantiated") || CellText.Is(word, "Not substantiated") => Finding.Unsubstantiated,
            _ when CellText.Is(word, "Pending") => Finding.Pending,
            _ when CellText.Is(word, "Incomplete") || CellText.Is(word, "Closed") || CellText.IsNotApplicable(word) => Finding.Closed,
            _ => throw new CellException("result.invalid"),
        };
    }
}
