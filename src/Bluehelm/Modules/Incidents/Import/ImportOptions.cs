namespace Bluehelm.Modules.Incidents.Import;

/// <summary>Settings of event imports (<c>Bluehelm:Incidents</c>).</summary>
internal sealed class ImportOptions
{
    public const string Section = "Bluehelm:Incidents";

    /// <summary>The largest upload accepted, in bytes (the page and the API answer 413 above it); 256 MB by default.</summary>
    public long MaxUploadBytes { get; set; } = 256L * 1024 * 1024;
}
