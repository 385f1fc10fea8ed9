namespace Bluehelm.Modules.Missions.Import;

/// <summary>A named input file for the importer.</summary>
public sealed record ImportFile(string FileName, Func<Stream> Open);
