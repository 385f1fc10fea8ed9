using System.Globalization;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using System.Text;
using Bluehelm.Platform.Data;
using Bluehelm.Platform.Hosting;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Bluehelm.Platform.Sealing;

/// <summary>
/// <see cref="ISealer"/> on ASP.NET Core Data Protection (AES-256-CBC with HMACSHA256 by default,
/// keys rotated every 90 days, old keys kept to read old values), with a key ring of its own in
/// <see cref="SealingOptions.KeyDirectory"/>, apart from the one that signs cookies (which lives in
/// the database on PostgreSQL). Lookup hashes are HMAC-SHA256 under 256-bit keys kept in the same
/// folder (<c>lookup-NNNN.key</c>); the highest number is current.
/// </summary>
/// <remarks>
/// The keys are read again whenever the folder changes (a key added by <c>bluehelm sealing rotate</c>
/// or by another server sharing the folder), so every server seals and hashes with the newest keys
/// without a restart. Nothing is created in the folder until the first value is sealed or hashed:
/// <see cref="SealingStartup"/> checks, before that, that the keys the database needs are there.
/// </remarks>
internal sealed class Sealer : ISealer, IDisposable
{
    /// <summary>Marks a sealed value, so a value stored before sealing (clear text) is told apart.</summary>
    public const string Prefix = "sealed:v1:";

    /// <summary>The Data Protection application name of the sealing ring (part of every key's purpose).</summary>
    private const string ApplicationName = "Bluehelm.Sealing";

    /// <summary>Lifetime of a Data Protection key made by <see cref="Rotate"/> (as Data Protection's own default).</summary>
    private static readonly TimeSpan KeyLifetime = TimeSpan.FromDays(90);

    private readonly X509Certificate2? _certificate;
    private readonly Lock _gate = new();
    private readonly List<ServiceProvider> _built = [];
    private volatile KeyState? _state;

    public Sealer(IOptions<SealingOptions> options, IOptions<BluehelmOptions> bluehelm)
    {
        Folder = KeyFolder(options.Value, bluehelm.Value);
        if (options.Value.Certificate is { Length: > 0 } path)
        {
            _certificate = X509CertificateLoader.LoadPkcs12FromFile(path, options.Value.CertificatePassword);
            if (!_certificate.HasPrivateKey)
            {
                throw new InvalidOperationException($"{SealingOptions.Section}:Certificate ({path}) has no private key: the sealing key ring could not be read back.");
            }
        }
    }

    /// <summary>The folder of the sealing keys.</summary>
    public string Folder { get; }

    /// <summary>True when the key ring is encrypted at rest with a certificate.</summary>
    public bool CertificateProtected => _certificate is not null;

    /// <summary>The sealing keys' folder for these settings.</summary>
    public static string KeyFolder(SealingOptions options, BluehelmOptions bluehelm) =>
        options.KeyDirectory is { Length: > 0 } configured
            ? Path.GetFullPath(configured)
            : Path.Combine(bluehelm.ResolveDataDirectory(), "sealing-keys");

    /// <summary>True when the text is a sealed value (not clear text stored before sealing existed).</summary>
    public static bool IsSealed(string? value) => value is not null && value.StartsWith(Prefix, StringComparison.Ordinal);

    /// <summary>The Data Protection key a sealed value was sealed with (its payload names it), or null for a value that is not sealed.</summary>
    public static Guid? KeyIdOf(string? sealedValue)
    {
        if (!IsSealed(sealedValue))
        {
            return null;
        }

        // Data Protection's payload: a 4-byte magic header, then the 16-byte id of the key.
        var payload = Microsoft.AspNetCore.WebUtilities.WebEncoders.Base64UrlDecode(sealedValue![Prefix.Length..]);
        return payload.Length >= 20 ? new Guid(payload.AsSpan(4, 16)) : null;
    }

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
        catch (FormatException e)
        {
            throw new SealedValueException($"A sealed {purpose} value could not be read (it was altered).", e);
        }
    }

    public string? Lookup(string? normalized, string purpose) =>
        string.IsNullOrEmpty(normalized) ? null : Hash(State().Lookups.Current, normalized, purpose);

    public IReadOnlyList<string> LookupCandidates(string normalized, string purpose) =>
        [.. State().Lookups.All.Select(k => Hash(k, normalized, purpose))];

    /// <summary>
    /// True when <paramref name="hash"/> is the keyed hash of <paramref name="normalized"/> under the
    /// lookup key it names (<c>hNNNN:</c>); false when that key is not in the folder or the hash differs.
    /// </summary>
    public bool MatchesLookup(string hash, string normalized, string purpose)
    {
        var number = LookupNumberOf(hash);
        var key = State().Lookups.All.FirstOrDefault(k => k.Number == number);
        return key is not null && string.Equals(Hash(key, normalized, purpose), hash, StringComparison.Ordinal);
    }

    /// <summary>The number of the lookup key a hash was made with, or 0 when it is not a lookup hash.</summary>
    public static int LookupNumberOf(string? hash) =>
        hash is { Length: > 6 } && hash[0] == 'h' && hash[5] == ':' && int.TryParse(hash.AsSpan(1, 4), NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : 0;

    /// <summary>Starts a new lookup key (the old ones stay for matching); returns its number.</summary>
    public int RotateLookupKey()
    {
        var number = State().Lookups.Rotate();
        Invalidate();
        return number;
    }

    /// <summary>
    /// A new lookup key and a new Data Protection key, both current from now on; every older key
    /// stays, so values sealed or hashed before still read and still match.
    /// </summary>
    public (int LookupKey, Guid DataProtectionKey) Rotate()
    {
        var lookup = RotateLookupKey();
        // Data Protection chooses its current key by the system clock (it takes no TimeProvider), so the
        // new key's dates are on that clock too: on a test's fake clock it could start in the future.
        var now = TimeProvider.System.GetUtcNow();
        var key = State().KeyManager.CreateNewKey(activationDate: now, expirationDate: now + KeyLifetime);
        Invalidate();
        return (lookup, key.KeyId);
    }

    /// <summary>The Data Protection keys of the sealing ring (ids, dates), oldest first.</summary>
    public IReadOnlyList<IKey> DataProtectionKeys() => [.. State().KeyManager.GetAllKeys().OrderBy(k => k.CreationDate)];

    /// <summary>Lookup key files and Data Protection key files now in the folder (read without creating anything).</summary>
    public (int LookupKeys, int DataProtectionKeys) KeyFilesPresent() =>
        Directory.Exists(Folder)
            ? (Directory.EnumerateFiles(Folder, "lookup-*.key").Count(), Directory.EnumerateFiles(Folder, "key-*.xml").Count())
            : (0, 0);

    public void Dispose()
    {
        lock (_gate)
        {
            foreach (var provider in _built)
            {
                provider.Dispose();
            }

            _built.Clear();
            _state = null;
        }
    }

    private IDataProtector Protector(string purpose) => State().Provider.CreateProtector("Bluehelm.Sealing", purpose);

    private void Invalidate()
    {
        lock (_gate)
        {
            _state = null;
        }
    }

    /// <summary>The keys as the folder holds them now: built again when the folder changed since.</summary>
    private KeyState State()
    {
        var state = _state;
        if (state is not null && Directory.GetLastWriteTimeUtc(Folder) == state.Stamp)
        {
            return state;
        }

        lock (_gate)
        {
            if (_state is { } current && Directory.GetLastWriteTimeUtc(Folder) == current.Stamp)
            {
                return current;
            }

            DataFolder.EnsurePrivate(Folder);
            var services = new ServiceCollection();
            var builder = services.AddDataProtection()
                .SetApplicationName(ApplicationName)
                .PersistKeysToFileSystem(new DirectoryInfo(Folder));
            if (_certificate is not null)
            {
                builder.ProtectKeysWithCertificate(_certificate).UnprotectKeysWithAnyCertificate(_certificate);
            }

            var provider = services.BuildServiceProvider();
            _built.Add(provider);
            var lookups = new LookupKeys(Folder);
            _ = lookups.All;
            _state = new KeyState(Directory.GetLastWriteTimeUtc(Folder), provider.GetRequiredService<IDataProtectionProvider>(), provider.GetRequiredService<IKeyManager>(), lookups);
            return _state;
        }
    }

    private static string Hash(LookupKey key, string normalized, string purpose)
    {
        var data = Encoding.UTF8.GetBytes(purpose + "\n" + normalized);
        return "h" + key.Number.ToString("D4", CultureInfo.InvariantCulture) + ":" + Convert.ToBase64String(HMACSHA256.HashData(key.Secret, data));
    }

    private sealed record KeyState(DateTime Stamp, IDataProtectionProvider Provider, IKeyManager KeyManager, LookupKeys Lookups);
}
