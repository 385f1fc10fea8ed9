using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using System.Text;
using Bluehelm.Platform.Data;
using Bluehelm.Platform.Hosting;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.Extensions.Options;

namespace Bluehelm.Platform.Sealing;

/// <summary>
/// <see cref="ISealer"/> on ASP.NET Core Data Protection (AES-256-CBC with HMACSHA256 by default,
/// keys rotated every 90 days, old keys kept to read old values), with a key ring of its own in
/// <see cref="SealingOptions.KeyDirectory"/>, apart from the one that signs cookies (which lives in
/// the database on PostgreSQL). Lookup hashes are HMAC-SHA256 under 256-bit keys kept in the same
/// folder (<c>lookup-NNNN.key</c>); the highest number is current.
/// </summary>
internal sealed class Sealer : ISealer
{
    /// <summary>Marks a sealed value, so a value stored before sealing (clear text) is told apart.</summary>
    public const string Prefix = "sealed:v1:";

    private readonly IDataProtectionProvider _provider;
    private readonly LookupKeys _lookupKeys;

    public Sealer(IOptions<SealingOptions> options, IOptions<BluehelmOptions> bluehelm)
    {
        var folder = KeyFolder(options.Value, bluehelm.Value);
        DataFolder.EnsurePrivate(folder);
        var certificate = options.Value.Certificate is { Length: > 0 } path
            ? X509CertificateLoader.LoadPkcs12FromFile(path, options.Value.CertificatePassword)
            : null;
        _provider = certificate is null
            ? DataProtectionProvider.Create(new DirectoryInfo(folder), b => b.SetApplicationName("Bluehelm.Sealing"))
            : DataProtectionProvider.Create(new DirectoryInfo(folder), b => b.SetApplicationName("Bluehelm.Sealing"), certificate);
        _lookupKeys = new LookupKeys(folder);
    }

    /// <summary>The sealing keys' folder for these settings.</summary>
    public static string KeyFolder(SealingOptions options, BluehelmOptions bluehelm) =>
        options.KeyDirectory is { Length: > 0 } configured
            ? Path.GetFullPath(configured)
            : Path.Combine(bluehelm.ResolveDataDirectory(), "sealing-keys");

    /// <summary>True when the text is a sealed value (not clear text stored before sealing existed).</summary>
    public static bool IsSealed(string? value) => value is not null && value.StartsWith(Prefix, StringComparison.Ordinal);

    public string? Seal(string? plaintext, string purpose) =>
        string.IsNullOrEmpty(plaintext) ? null : Prefix + Protector(purpose).Protect(plaintext);

    public string? Unseal(string? sealedValue, string purpose)
    {
        if (sealedValue is null)
        {
            return null;
        }

        if (!IsSealed(sealedValue))
        {
            throw new SealedValueException($"A {purpose} value is not sealed.");
        }

        try
        {
            return Protector(purpose).Unprotect(sealedValue[Prefix.Length..]);
        }
        catch (CryptographicException e)
        {
            throw new SealedValueException($"A sealed {purpose} value could not be read (its key is missing or it was altered).", e);
        }
    }

    public string? Lookup(string? normalized, string purpose) =>
        string.IsNullOrEmpty(normalized) ? null : Hash(_lookupKeys.Current, normalized, purpose);

    public IReadOnlyList<string> LookupCandidates(string normalized, string purpose) =>
        [.. _lookupKeys.All.Select(k => Hash(k, normalized, purpose))];

    /// <summary>Starts a new lookup key (the old ones stay for matching); returns its number.</summary>
    public int RotateLookupKey() => _lookupKeys.Rotate();

    private IDataProtector Protector(string purpose) => _provider.CreateProtector("Bluehelm.Sealing", purpose);

    private static string Hash(LookupKey key, string normalized, string purpose)
    {
        var data = Encoding.UTF8.GetBytes(purpose + "\n" + normalized);
        return "h" + key.Number.ToString("D4", System.Globalization.CultureInfo.InvariantCulture) + ":" + Convert.ToBase64String(HMACSHA256.HashData(key.Secret, data));
    }
}
