namespace Bluehelm.Modules.Incidents.Import;

/// <summary>How an import ended.</summary>
internal enum ImportOutcome
{
    /// <summary>The file's events were written (added, updated or found unchanged).</summary>
    Imported,

    /// <summary>A file with the same SHA-256 was imported before: nothing was read into the store.</summary>
    AlreadyImported,

    /// <summary>The file had problems: nothing was written.</summary>
    Rejected,
}

/// <summary>
/// What an import did, for the command line, the upload page and the API. <c>ImportId</c> is the
/// <c>incidents_imports</c> row: this import's, or the earlier one for <see cref="ImportOutcome.AlreadyImported"/>;
/// <c>Problems</c> holds the first <see cref="ImportProblems.Kept"/> problems in file order,
/// <c>ProblemCount</c> counts them all.
/// </summary>
internal sealed record ImportReport(
    ImportOutcome Outcome,
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
    DateTimeOffset? ImportedAt,
    IReadOnlyList<ImportProblem> Problems,
    int ProblemCount);
