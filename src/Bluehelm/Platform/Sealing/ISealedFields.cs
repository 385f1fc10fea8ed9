namespace Bluehelm.Platform.Sealing;

/// <summary>
/// A module's sealed fields, as the platform needs them at start (and <c>bluehelm sealing migrate</c>):
/// one sealed value to prove the keys in the folder are the ones the database was sealed with, and
/// the sealing of values a release before sealing stored in clear. Registered scoped by each module
/// that keeps sealed fields.
/// </summary>
public interface ISealedFields
{
    /// <summary>What these fields are, for messages (<c>alert reporters</c>); never a value.</summary>
    string Name { get; }

    /// <summary>One sealed value of the database (with its lookup hash when it has one), or null when it holds none yet.</summary>
    Task<SealedSample?> SampleAsync(CancellationToken ct);

    /// <summary>
    /// Seals every value still stored in clear (told apart by <see cref="Sealer.IsSealed"/>), fills its
    /// lookup, in batches, and then makes sure the clear text is gone from the database files
    /// (<see cref="ClearTextScrub"/>); returns how many rows it sealed. Running it again seals nothing.
    /// </summary>
    Task<int> SealClearValuesAsync(CancellationToken ct);
}

/// <summary>A sealed value with its purpose, and the keyed hash stored beside it (of the same value, same purpose) when there is one.</summary>
public sealed record SealedSample(string SealedValue, string Purpose, string? Lookup);
