namespace Bluehelm.Modules.Incidents.Import;

/// <summary>The file being imported, as its reader needs to know it.</summary>
/// <param name="FileName">Name of the file (no folder), used in reports and, for GED, to find the version (<c>GEDEvent_v23_1.csv</c>).</param>
/// <param name="DatasetVersion">A version given by the user (<c>--version 24.1</c>), which wins over one found in the file.</param>
/// <param name="DatasetName">A dataset name given by the user (HXL files have none of their own).</param>
internal sealed record EventFile(string FileName, string? DatasetVersion = null, string? DatasetName = null);
