using System.Globalization;
using System.Text.RegularExpressions;
using Bluehelm.Modules.Conduct.Domain;
using Bluehelm.Modules.Conduct.PublicTable.Cells;

namespace Bluehelm.Modules.Conduct.PublicTable;

/// <summary>
/// One data row's cells by column name, parsed into a <see cref="TableRow"/>. Each cell is parsed on
/// its own, so every unreadable cell of the row is reported, not only the first.
/// </summary>
internal sealed partial class RowCells(int excelRow, IReadOnlyDictionary<string, object?> cells)
{
    public List<TableProblem> Problems { get; } = [];

    /// <summary>The row, or null when a cell could not be read (see <see cref="Problems"/>).</summary>
    /// <param name="ordinals">How many rows with each identity the file has had so far (the key's ordinal).</param>
    /// <param name="contentHash">The SHA-256 of all the row's cells.</param>
    public TableRow? Parse(Dictionary<string, int> ordinals, string contentHash)
    {
        var mission = Cell(TableColumns.Mission, MissionCode);
        var reported = Cell(TableColumns.Date, _ => ReportedDateCell.Parse(cells.GetValueOrDefault(TableColumns.Date)));
        var incident = Cell(TableColumns.IncidentDate, IncidentDateCell.Parse);
        var personnel = Cell(TableColumns.PersonnelType, PersonnelCell.Parse);
        var nationalities = Cell(TableColumns.Nationality, NationalityCell.Parse);
        var victims = Cell(TableColumns.Victim, VictimCell.Parse);
        var allegations = Cell(TableColumns.Allegation, AllegationCell.Parse);
        var claim = Cell(TableColumns.PaternityClaim, AnswerCells.PaternityClaim);
        var established = Cell(TableColumns.PaternityEstablished, AnswerCells.Answer);
        var nio = Cell(TableColumns.NioAppointed, AnswerCells.Nio);
        var investigation = Cell(TableColumns.Investigation, InvestigationCell.Parse);
        var result = Cell(TableColumns.Result, ResultCell.Parse);
        var interim = Cell(TableColumns.InterimAction, ActionCells.Interim);
        var final = Cell(TableColumns.FinalAction, ActionCells.Final);
        var referral = Cell(TableColumns.CriminalReferral, AnswerCells.Answer);

        IReadOnlyList<SubjectLine>? subjects = null;
        if (personnel is not null && nationalities is not null)
        {
            var each = Cell(TableColumns.Nationality, _ => NationalityCell.ForPersonnel(nationalities, personnel.Count));
            subjects = each is null ? null : [.. personnel.Select((p, i) => new SubjectLine(p, each[i]))];
        }

        if (Problems.Count > 0)
        {
            return null;
        }

        // The identity of an allegation: what the UN records when the allegation comes in and does not
        // revise as the case goes on (unlike findings, actions, investigation days), so it is the same in
        // every edition. Rows alike in all of it are told apart by their order in the file.
        var identity = TableReader.Hash([
            reported!.On.ToString("yyyy-MM", CultureInfo.InvariantCulture),
            mission!,
            Key(TableColumns.IncidentDate),
            Key(TableColumns.PersonnelType),
            Key(TableColumns.Nationality),
        ]);
        var ordinal = ordinals[identity] = ordinals.GetValueOrDefault(identity) + 1;
        var sourceKey = "v1:" + identity[..32] + ":" + ordinal.ToString(CultureInfo.InvariantCulture);

        return new TableRow(
            excelRow, mission!, reported, incident!, subjects!, victims!, allegations!, claim, established, nio,
            investigation!, result!, interim!, final!, referral, sourceKey, contentHash);
    }

    private string? Raw(string column) => cells.TryGetValue(column, out var v) ? TableReader.Text(v) : null;

    /// <summary>The cell's text as the identity reads it: lines in order, white space and case evened out.</summary>
    private string Key(string column) => string.Join('|', CellText.Lines(Raw(column))).ToUpperInvariant();

    private T? Cell<T>(string column, Func<string?, T> parse)
    {
        var raw = Raw(column);
        try
        {
            return parse(raw);
        }
        catch (CellException ex)
        {
            var value = CellText.Clean(raw);
            Problems.Add(new TableProblem(excelRow, column, ex.Code, value.Length > 80 ? value[..80] + "…" : value));
            return default;
        }
    }

    private static string MissionCode(string? raw)
    {
        var code = CellText.Clean(raw).ToUpperInvariant();
        return code.Length == 0 ? throw new CellException("mission.required")
            : MissionForm().IsMatch(code) ? code
            : throw new CellException("mission.invalid");
    }

    [GeneratedRegex(@"^[A-Z][A-Z0-9\-]{1,15}$")]
    private static partial Regex MissionForm();
}
