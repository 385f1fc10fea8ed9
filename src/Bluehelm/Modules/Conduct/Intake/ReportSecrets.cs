using System.Security.Cryptography;
using Bluehelm.Modules.Conduct.Domain;
using Microsoft.AspNetCore.Identity;

namespace Bluehelm.Modules.Conduct.Intake;

/// <summary>
/// The secret an anonymous reporter is given to check a report later: 28 characters from an alphabet
/// with no look-alikes (no 0/O, 1/I/L, U/V pairs), about 136 bits, shown in groups of four
/// ("K7QM-4XRT-..."). Only a slow salted hash is kept (ASP.NET Core Identity's PBKDF2 password hash),
/// and a check against an unknown reference still verifies a hash, so both answers cost the same.
/// </summary>
internal static class ReportSecrets
{
    public const string Alphabet = "23456789ABCDEFGHJKMNPQRSTWXYZ";
    public const int Length = 28;
    public const int GroupSize = 4;

    private static readonly PasswordHasher<ConductCase> Hasher = new();

    // Verified when the reference is unknown, so that answer takes the time a wrong secret takes.
    private static readonly Lazy<string> DummyHash = new(() => Hasher.HashPassword(null!, Normalize(New())));

    /// <summary>A new secret, grouped for reading aloud or writing down.</summary>
    public static string New()
    {
        var chars = RandomNumberGenerator.GetItems<char>(Alphabet, Length);
        return string.Join('-', Enumerable.Range(0, Length / GroupSize).Select(i => new string(chars, i * GroupSize, GroupSize)));
    }

    /// <summary>What is hashed: letters and digits only, upper case ("k7qm 4xrt" and "K7QM-4XRT" are one secret).</summary>
    public static string Normalize(string secret) => new([.. secret.Where(char.IsLetterOrDigit).Select(char.ToUpperInvariant)]);

    public static string Hash(string secret) => Hasher.HashPassword(null!, Normalize(secret));

    /// <summary>Whether <paramref name="secret"/> is the one hashed in <paramref name="hash"/>; a null hash (unknown reference, no secret) verifies a dummy and says no.</summary>
    public static bool Verify(string? hash, string? secret)
    {
        var typed = Normalize(secret ?? "");
        var result = Hasher.VerifyHashedPassword(null!, hash ?? DummyHash.Value, typed.Length == 0 ? "-" : typed);
        return hash is not null && typed.Length > 0 && result != PasswordVerificationResult.Failed;
    }
}
