using Bluehelm.Modules.Conduct.Domain;

namespace Bluehelm.Modules.Conduct.PublicTable.Cells;

/// <summary>
/// The yes/no columns: <c>Paternity claim</c> (Yes/No), <c>Paternity established</c> and
/// <c>Referral for criminal accountability</c> (Yes/No/Pending/N/A), <c>NIO appointed</c>
/// (Yes, <c>No (no response)</c>, <c>No (declined)</c>, Pending, N/A). A blank cell is "not stated":
/// No, not applicable.
/// </summary>
internal static class AnswerCells
{
    public static bool PaternityClaim(string? cell)
    {
        var text = CellText.Clean(cell);
        return text.Length == 0 || CellText.Is(text, "No") || CellText.IsNotApplicable(text)
            ? false
            : CellText.Is(text, "Yes") ? true : throw new CellException("yes-no.invalid");
    }

    public static Answer Answer(string? cell)
    {
        var text = CellText.Clean(cell);
        return text switch
        {
            _ when text.Length == 0 || CellText.IsNotApplicable(text) => Domain.Answer.NotApplicable,
            _ when CellText.Is(text, "Yes") => Domain.Answer.Yes,
            _ when CellText.Is(text, "No") => Domain.Answer.No,
            _ when CellText.Is(text, "Pending") => Domain.Answer.Pending,
            _ => throw new CellException("answer.invalid"),
        };
    }

    /// <summary>The earliest editions wrote a bare "No": the member state appointed none, read as no response.</summary>
    public static NioStatus Nio(string? cell)
    {
        var text = CellText.Clean(cell);
        return text switch
        {
            _ when text.Length == 0 || CellText.IsNotApplicable(text) => NioStatus.NotApplicable,
            _ when CellText.Is(text, "Yes") => NioStatus.Yes,
            _ when CellText.Is(text, "No (no response)") || CellText.Is(text, "No") => NioStatus.NoResponse,
            _ when CellText.Is(text, "No (declined)") => NioStatus.Declined,
            _ when CellText.Is(text, "Pending") => NioStatus.Pending,
            _ => throw new CellException("nio.invalid"),
        };
    }
}
