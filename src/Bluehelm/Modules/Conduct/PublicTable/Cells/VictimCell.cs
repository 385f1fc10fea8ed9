using Bluehelm.Modules.Conduct.Domain;

namespace Bluehelm.Modules.Conduct.PublicTable.Cells;

/// <summary>One line of <c>Victim</c>: an age group and how many victims in it.</summary>
internal sealed record VictimLine(AgeGroup AgeGroup, int Count);

/// <summary>The <c>Victim</c> column: lines <c>Child (2)</c>, <c>Adult (4)</c>, <c>Unknown (1)</c>; a line without a number is one victim. A blank cell records no victim.</summary>
internal static class VictimCell
{
    public static IReadOnlyList<VictimLine> Parse(string? cell) => [.. CellText.Lines(cell).Select(Line)];

    private static VictimLine Line(string line)
    {
        var (rest, count) = CellText.TrailingCount(line);
        AgeGroup? group = rest switch
        {
            _ when CellText.Is(rest, "Child") || CellText.Is(rest, "Children") || CellText.Is(rest, "Minor") => AgeGroup.Child,
            _ when CellText.Is(rest, "Adult") || CellText.Is(rest, "Adults") => AgeGroup.Adult,
            _ when CellText.Is(rest, "Unknown") || CellText.IsNotApplicable(rest) => AgeGroup.Unknown,
            _ => null,
        };
        return group is { } g ? new VictimLine(g, count) : throw new CellException("victim.invalid");
    }
}
