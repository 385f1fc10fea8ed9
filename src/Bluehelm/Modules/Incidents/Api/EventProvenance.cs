namespace Bluehelm.Modules.Incidents;

/// <summary>The file import that last wrote an event: its format, file, SHA-256, when and by whom.</summary>
public sealed record EventProvenance(string Format, string FileName, string Sha256, DateTimeOffset ImportedAt, string ImportedBy);
