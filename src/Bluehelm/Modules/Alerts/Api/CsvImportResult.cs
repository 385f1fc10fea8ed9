namespace Bluehelm.Modules.Alerts;

/// <summary>The outcome of an import: either every row was taken, or none and the errors say why.</summary>
public sealed record CsvImportResult(int Imported, IReadOnlyList<CsvRowError> Errors);
