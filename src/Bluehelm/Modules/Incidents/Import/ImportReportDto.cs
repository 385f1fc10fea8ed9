namespace Bluehelm.Modules.Incidents.Import;

/// <summary>An import's result: <c>imported</c> or <c>already-imported</c> (the same SHA-256 was imported before; nothing added).</summary>
public sealed record ImportReportDto(
    string Outcome,
    string Format,
    string FileName,
    string Sha256,
    long Bytes,
    string? Dataset,
    string? DatasetVersion,
    int Rows,
    int Added,
    int Updated,
    int Unchanged,
    Guid? ImportId,
    DateTimeOffset? ImportedAt)
{
    internal static ImportReportDto From(ImportReport r) => new(
        r.Outcome == ImportOutcome.AlreadyImported ? "already-imported" : "imported",
        r.Format, r.FileName, r.Sha256, r.Bytes, r.Dataset, r.DatasetVersion, r.Rows, r.Added, r.Updated, r.Unchanged, r.ImportId, r.ImportedAt);
}

/// <summary>One bad row of a rejected file: data row (0 = the whole file), column as the file names it, a stable code, the value.</summary>
public sealed record ImportProblemDto(int Row, string Column, string Code, string? Value);
