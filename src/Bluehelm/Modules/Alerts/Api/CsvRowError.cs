namespace Bluehelm.Modules.Alerts;

/// <summary>One problem in an uploaded file: line, column and a stable code.</summary>
public sealed record CsvRowError(int Line, string Column, string Code, string? Value);
