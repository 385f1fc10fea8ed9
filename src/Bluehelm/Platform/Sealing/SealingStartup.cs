using System.Globalization;
using Microsoft.Extensions.Logging;

namespace Bluehelm.Platform.Sealing;

/// <summary>
/// Run on every start after the migrations, before anything is sealed: checks that the sealing keys
/// folder holds the keys the database's sealed values were sealed with (else Bluehelm does not start,
/// rather than make new keys and lose every identity), warns when the key ring is not encrypted at
/// rest, then seals the values an earlier release stored in clear.
/// </summary>
internal sealed partial class SealingStartup(IEnumerable<ISealedFields> fields, Sealer sealer, ILogger<SealingStartup> log)
{
    /// <summary>The warning shown when the sealing ring is not certificate-protected, or null.</summary>
    public string? UnprotectedWarning => sealer.CertificateProtected
        ? null
        : $"The sealing keys (they encrypt reporters' and victims' identities) are kept without encryption in {sealer.Folder}; " +
          $"set {SealingOptions.Section.Replace(":", "__", StringComparison.Ordinal)}__Certificate (a PFX file) and __CertificatePassword to encrypt them at rest, " +
          "and back the folder up apart from the database (docs/sealing.md).";

    /// <summary>Checks the keys, then seals clear values; returns lines for the console.</summary>
    public async Task<IReadOnlyList<string>> RunAsync(CancellationToken ct)
    {
        await VerifyKeysAsync(ct);
        var notes = new List<string>();
        if (UnprotectedWarning is { } warning)
        {
            LogUnprotected(log, warning);
            notes.Add("Warning: " + warning);
        }

        foreach (var store in fields)
        {
            var sealedRows = await store.SealClearValuesAsync(ct);
            if (sealedRows > 0)
            {
                LogSealed(log, sealedRows, store.Name);
                notes.Add($"Sealed the clear identity fields of {sealedRows} {store.Name}.");
            }
        }

        return notes;
    }

    /// <summary>Throws <see cref="SealingKeysException"/> when a sealed value of the database cannot be read with the folder's keys.</summary>
    public async Task VerifyKeysAsync(CancellationToken ct)
    {
        foreach (var store in fields)
        {
            if (await store.SampleAsync(ct) is { } sample)
            {
                Verify(store.Name, sample);
            }
        }
    }

    private void Verify(string name, SealedSample sample)
    {
        // Looked at before anything reads the ring: reading an empty folder would start a new key.
        var (lookupFiles, ringFiles) = sealer.KeyFilesPresent();
        if (ringFiles == 0 || (sample.Lookup is not null && lookupFiles == 0))
        {
            throw Missing(name, "holds none of the keys they were sealed with (it is missing or empty)");
        }

        string plain;
        try
        {
            plain = sealer.Unseal(sample.SealedValue, sample.Purpose)!;
        }
        catch (SealedValueException e)
        {
            throw Missing(name, "does not hold the key they were sealed with", e);
        }

        if (sample.Lookup is { } lookup && !sealer.MatchesLookup(lookup, plain, sample.Purpose))
        {
            throw Missing(name, string.Create(CultureInfo.InvariantCulture, $"does not hold the lookup key they were hashed with (lookup-{Sealer.LookupNumberOf(lookup):D4}.key)"));
        }
    }

    private SealingKeysException Missing(string name, string problem, Exception? inner = null) => new(
        $"The database holds sealed {name}, but the sealing keys folder {sealer.Folder} {problem}. " +
        $"Restore that folder from its backup, or set {SealingOptions.Section}:KeyDirectory to where it is. " +
        "Bluehelm stops here so that no new keys are made and no identity is lost (docs/sealing.md).",
        inner);

    [LoggerMessage(Level = LogLevel.Warning, Message = "{Warning}")]
    private static partial void LogUnprotected(ILogger logger, string warning);

    [LoggerMessage(Level = LogLevel.Information, Message = "Sealed the clear identity fields of {Count} {Fields}")]
    private static partial void LogSealed(ILogger logger, int count, string fields);
}
