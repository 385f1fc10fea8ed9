using Bluehelm.Modules.Conduct.Domain;
using Bluehelm.Modules.Conduct.PublicTable.Cells;

namespace Bluehelm.Modules.Conduct.PublicTable;

/// <summary>A subject line of a row: personnel category and count, with its nationality when recorded.</summary>
internal sealed record SubjectLine(PersonnelLine Personnel, NationalityLine? Nationality);

/// <summary>One allegation of the table, read and checked; nothing written yet.</summary>
internal sealed record TableRow(
    int ExcelRow,
    string Mission,
    ReportedMonth Reported,
    IncidentDates Incident,
    IReadOnlyList<SubjectLine> Subjects,
    IReadOnlyList<VictimLine> Victims,
    IReadOnlyList<AllegationLine> Allegations,
    bool PaternityClaimed,
    Answer PaternityEstablished,
    NioStatus Nio,
    InvestigationCellValue Investigation,
    ResultCellValue Result,
    IReadOnlyList<MeasureLine> Interim,
    IReadOnlyList<ActionLine> Final,
    Answer CriminalReferral,
    string SourceKey,
    string ContentHash)
{
    /// <summary>
    /// The stage a historical case takes. While the finding is pending, the case is under
    /// investigation, or in assessment when no one investigates yet (<c>Pending (Pending)</c>). Once
    /// the finding is final, the case is closed unless a final action is still pending (the member
    /// state's or the UN's, <c>NG Pending (6)</c>), when it stays at findings. Interim measures do not
    /// hold a case open: they lapse with the finding.
    /// </summary>
    public CaseStage Stage =>
        Result.Finding == Finding.Pending
            ? Investigation.Entity == InvestigatingEntity.NotAssigned ? CaseStage.Assessment : CaseStage.Investigation
            : Final.Any(a => a.Kind == ActionKind.Pending) ? CaseStage.Findings : CaseStage.Closed;
}

/// <summary>One unreadable cell (or column, or file): the Excel row (0 for the file), the column's name ("" for none), a stable code, the value shortened.</summary>
internal sealed record TableProblem(int Row, string Column, string Code, string? Value = null);
