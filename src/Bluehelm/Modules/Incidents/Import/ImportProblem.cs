namespace Bluehelm.Modules.Incidents.Import;

/// <summary>One bad row of an event file.</summary>
/// <param name="Row">Data row number (1 = first row after the header; 0 = the file as a whole).</param>
/// <param name="Column">The column's name as the file spells it ("" when the problem is the row or the file).</param>
/// <param name="Code">A stable key (<c>date.invalid</c>, <c>latitude.range</c>, <c>column.missing</c>, ...) translated in <c>ImportText</c> for the upload page; the command line prints it as is.</param>
/// <param name="Value">The offending value, shortened, when there is one.</param>
internal sealed record ImportProblem(int Row, string Column, string Code, string? Value = null);
