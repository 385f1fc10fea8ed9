using System.Text.RegularExpressions;
using Bluehelm.Modules.Conduct.Domain;

namespace Bluehelm.Modules.Conduct.PublicTable.Cells;

/// <summary>One line of <c>Interim Action</c>: by whom, which measure, for how many subjects, the line as written.</summary>
internal sealed record MeasureLine(ActionBy By, MeasureKind Kind, int Count, string SourceText);

/// <summary>One line of <c>Final Action</c>: by whom, which action, for how many subjects, the line as written.</summary>
internal sealed record ActionLine(ActionBy By, ActionKind Kind, int Count, string SourceText);

/// <summary>
/// The <c>Interim Action</c> and <c>Final Action</c> columns: lines <c>UN Payments suspended (withheld) (2)</c>,
/// <c>NG Repatriation (1)</c>, <c>UN Pending (1)</c>, <c>None (3)</c>, <c>UN Jail</c>... <c>UN</c> is the
/// United Nations, <c>NG</c> the national government (the member state); a line without either is the
/// UN's. A line naming no action (<c>UN  (1)</c>, <c>N/A</c>) is None. Words the map does not know are
/// Other, with the line kept: the UN adds new actions between editions.
/// </summary>
internal static partial class ActionCells
{
    public static IReadOnlyList<MeasureLine> Interim(string? cell) =>
        [.. CellText.Lines(cell).Select(line => { var (by, what, n) = Split(line); return new MeasureLine(by, Measure(what), n, line); })];

    public static IReadOnlyList<ActionLine> Final(string? cell) =>
        [.. CellText.Lines(cell).Select(line => { var (by, what, n) = Split(line); return new ActionLine(by, Action(what), n, line); })];

    private static (ActionBy By, string What, int Count) Split(string line)
    {
        var (rest, count) = CellText.TrailingCount(line);
        var m = ByPrefix().Match(rest);
        if (!m.Success)
        {
            throw new CellException("action.invalid");
        }

        var by = m.Groups["by"].Success && CellText.Is(m.Groups["by"].Value, "NG") ? ActionBy.MemberState : ActionBy.UnitedNations;
        return (by, m.Groups["what"].Value.Trim(), count);
    }

    private static MeasureKind Measure(string what) => what switch
    {
        _ when IsNone(what) => MeasureKind.None,
        _ when Starts(what, "Pending") => MeasureKind.Pending,
        _ when Starts(what, "Payment") || Starts(what, "Payments") => MeasureKind.PaymentSuspension,
        _ when Starts(what, "Repatriation") || Starts(what, "Repatriated") => MeasureKind.Repatriation,
        _ when Starts(what, "Administrative leave") || Starts(what, "Placed on administrative leave") => MeasureKind.AdministrativeLeave,
        _ => MeasureKind.Other,
    };

    private static ActionKind Action(string what) => what switch
    {
        _ when IsNone(what) => ActionKind.None,
        _ when Starts(what, "Pending") => ActionKind.Pending,
        _ when Starts(what, "Action closed") || CellText.Is(what, "Closed") => ActionKind.Closed,
        _ when Starts(what, "Repatriation") || Starts(what, "Repatriated") => ActionKind.Repatriation,
        _ when Starts(what, "Jail") || Starts(what, "Imprisonment") || Starts(what, "Prison") => ActionKind.Imprisonment,
        _ when Starts(what, "Dismissal") || Starts(what, "Separation") || Starts(what, "Termination") || Starts(what, "Forcible retirement") => ActionKind.Dismissal,
        _ when Starts(what, "Financial sanction") || Starts(what, "Fine") => ActionKind.FinancialSanction,
        _ when Starts(what, "Demotion") || Starts(what, "Reduction in rank") => ActionKind.Demotion,
        _ when Starts(what, "Ban") || Starts(what, "Barred") || Starts(what, "Bar from") => ActionKind.Ban,
        _ => ActionKind.Other,
    };

    private static bool IsNone(string what) => what.Length == 0 || CellText.Is(what, "None") || CellText.IsNotApplicable(what);

    // Whole words only: "Case dismissed" is a court's decision, not "Dismissal".
    private static bool Starts(string what, string words) =>
        what.StartsWith(words, StringComparison.OrdinalIgnoreCase) && (what.Length == words.Length || !char.IsLetter(what[words.Length]));

    [GeneratedRegex(@"^(?:(?<by>UN|NG)(?![A-Za-z]))?\s*(?<what>.*)$")]
    private static partial Regex ByPrefix();
}
