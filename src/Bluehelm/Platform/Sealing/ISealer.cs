namespace Bluehelm.Platform.Sealing;

/// <summary>
/// The one way Bluehelm keeps an identity field (a victim's or reporter's name, a phone, an address,
/// a national id): sealed (authenticated encryption) with keys kept outside the database, so that
/// the database file or a dump alone reveals nothing. Where a record must be found by such a value
/// (an SMS reply matched to the open alert of the same phone; pre-deployment screening), a keyed
/// hash (HMAC) of the normalised value is stored beside the ciphertext and searched instead.
/// </summary>
/// <remarks>
/// A <c>purpose</c> names the field ("alerts.reporter-phone", "conduct.victim"): a value sealed for
/// one purpose cannot be unsealed for another, and the same value hashes differently per purpose,
/// so a hash cannot be matched across tables. Keys rotate (see <c>docs/sealing.md</c>); values sealed
/// or hashed under an older key still read and still match.
/// </remarks>
public interface ISealer
{
    /// <summary>The sealed form of <paramref name="plaintext"/> (null or empty stays null).</summary>
    string? Seal(string? plaintext, string purpose);

    /// <summary>The plain value of a sealed one (null stays null). Throws <see cref="SealedValueException"/> when it cannot be read.</summary>
    string? Unseal(string? sealedValue, string purpose);

    /// <summary>The keyed hash, under the current lookup key, of an already normalised value (null or empty stays null).</summary>
    string? Lookup(string? normalized, string purpose);

    /// <summary>The keyed hashes of the value under every lookup key, current first: search for any of them.</summary>
    IReadOnlyList<string> LookupCandidates(string normalized, string purpose);
}
