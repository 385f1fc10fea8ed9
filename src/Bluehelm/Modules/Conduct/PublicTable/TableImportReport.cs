namespace Bluehelm.Modules.Conduct.PublicTable;

/// <summary>What an import of the table did, or why it refused the file (then nothing was written).</summary>
internal sealed record TableImportReport(
    string FileName,
    string Sha256,
    int Rows,
    int Added,
    int Updated,
    int Unchanged,
    IReadOnlyList<string> MissionsAdded,
    IReadOnlyList<TableProblem> Problems,
    int ProblemCount,
    Guid? ImportId)
{
    public bool Ok => ProblemCount == 0;

    public static TableImportReport Refused(string fileName, string sha256, TableReadResult read) =>
        new(fileName, sha256, 0, 0, 0, 0, [], read.Problems, read.ProblemCount, null);

    public static TableImportReport Refused(string fileName, string sha256, string code) =>
        new(fileName, sha256, 0, 0, 0, 0, [], [new TableProblem(0, "", code)], 1, null);
}

/// <summary>The API's answer to an import (<c>POST /api/v1/conduct/imports</c>).</summary>
/// <param name="ImportId">The import's record.</param>
/// <param name="FileName">The file's name as uploaded.</param>
/// <param name="Sha256">SHA-256 of the file, hex.</param>
/// <param name="Rows">Allegations in the file.</param>
/// <param name="Added">Allegations new to Bluehelm.</param>
/// <param name="Updated">Allegations a later edition changed.</param>
/// <param name="Unchanged">Allegations already imported as they are.</param>
/// <param name="MissionsAdded">Codes of the missions the table named that Bluehelm lacked, now added.</param>
public sealed record TableImportDto(Guid ImportId, string FileName, string Sha256, int Rows, int Added, int Updated, int Unchanged, IReadOnlyList<string> MissionsAdded);

/// <summary>One unreadable cell of a refused file.</summary>
/// <param name="Row">Excel row number (0: the file as a whole).</param>
/// <param name="Column">The column's name ("" when the problem is the file).</param>
/// <param name="Code">A stable code (<c>personnel.invalid</c>, <c>column.missing</c>, ...).</param>
/// <param name="Value">The cell's text, shortened.</param>
public sealed record TableProblemDto(int Row, string Column, string Code, string? Value);
