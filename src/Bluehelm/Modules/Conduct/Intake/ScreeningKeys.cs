using System.Globalization;
using System.Text;
using Bluehelm.Platform.Sealing;

namespace Bluehelm.Modules.Conduct.Intake;

/// <summary>
/// The keyed hashes a subject is screened by, made the same way where a subject is recorded and where
/// a person is checked: the name folded (case, accents, punctuation and spacing removed, word order
/// kept) with the date of birth; the nationality with the national id number (letters and digits only).
/// </summary>
internal static class ScreeningKeys
{
    public const string NamePurpose = "conduct.subject-name";
    public const string NationalIdPurpose = "conduct.subject-national-id";

    /// <summary>"Jean-Pierre  N'Diaye" and "jean pierre ndiaye" give the same text.</summary>
    public static string? NormalizeName(string? name)
    {
        if (string.IsNullOrWhiteSpace(name))
        {
            return null;
        }

        var folded = new StringBuilder(name.Length);
        var space = false;
        foreach (var c in name.Normalize(NormalizationForm.FormD))
        {
            var category = CharUnicodeInfo.GetUnicodeCategory(c);
            if (category == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }

            if (char.IsLetterOrDigit(c))
            {
                if (space && folded.Length > 0)
                {
                    folded.Append(' ');
                }

                folded.Append(char.ToLowerInvariant(c));
                space = false;
            }
            else if (char.IsWhiteSpace(c) || c is '-' or '‐' or '_' or '.' or ',')
            {
                space = true;
            }
        }

        return folded.Length == 0 ? null : folded.ToString();
    }

    public static string? NameKey(string? name, DateOnly? dateOfBirth) =>
        NormalizeName(name) is { } n ? n + "|" + (dateOfBirth?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "") : null;

    public static string? NationalIdKey(string? nationalityIso2, string? nationalId)
    {
        if (string.IsNullOrWhiteSpace(nationalId))
        {
            return null;
        }

        var digits = new string([.. nationalId.Where(char.IsLetterOrDigit).Select(char.ToUpperInvariant)]);
        return digits.Length == 0 ? null : (nationalityIso2 ?? "").ToUpperInvariant() + "|" + digits;
    }

    /// <summary>The lookups to store with a subject (current key).</summary>
    public static (string? Name, string? NationalId) For(ISealer sealer, string? name, DateOnly? dateOfBirth, string? nationalityIso2, string? nationalId) =>
        (sealer.Lookup(NameKey(name, dateOfBirth), NamePurpose), sealer.Lookup(NationalIdKey(nationalityIso2, nationalId), NationalIdPurpose));
}
