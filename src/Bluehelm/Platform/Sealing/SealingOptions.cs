namespace Bluehelm.Platform.Sealing;

/// <summary>Settings under <c>Bluehelm:Sealing</c>.</summary>
public sealed class SealingOptions
{
    public const string Section = "Bluehelm:Sealing";

    /// <summary>
    /// The folder of the sealing keys (a Data Protection key ring and the lookup keys). Default:
    /// <c>sealing-keys</c> in the data folder. Never inside the database, on any provider: a shared
    /// folder (or a mounted secret) when several servers run.
    /// </summary>
    public string? KeyDirectory { get; set; }

    /// <summary>A PFX certificate that encrypts the key ring at rest (optional, like the main key ring's).</summary>
    public string? Certificate { get; set; }

    public string? CertificatePassword { get; set; }
}
