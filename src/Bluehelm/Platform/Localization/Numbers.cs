using System.Globalization;

namespace Bluehelm.Platform.Localization;

/// <summary>
/// Counts typed by people in either language: French readers group thousands with a space, a
/// no-break space or a narrow no-break space ("1 200"), English readers with a comma ("1,200");
/// either is accepted whatever the interface language, as long as the groups are of three digits.
/// </summary>
public static class Numbers
{
    private static readonly char[] GroupSeparators = [' ', '\u00A0', '\u202F', '\u2009', ','];

    /// <summary>Reads a whole non-negative number such as "1200", "1 200", "1 200" or "1,200".</summary>
    public static bool TryParseCount(string? input, out int value)
    {
        value = 0;
        var s = input?.Trim();
        if (string.IsNullOrEmpty(s))
        {
            return false;
        }

        var groups = s.Split(GroupSeparators);
        if (groups.Length > 1)
        {
            // Mixed separators ("1,200 300") or uneven groups ("12,00") are typing errors, not numbers.
            var separator = s[groups[0].Length];
            if (groups[0].Length is 0 or > 3 || groups.Skip(1).Any(g => g.Length != 3) || s.Count(c => GroupSeparators.Contains(c)) != s.Count(c => c == separator))
            {
                return false;
            }
        }

        var digits = string.Concat(groups);
        return digits.All(char.IsAsciiDigit) && int.TryParse(digits, NumberStyles.None, CultureInfo.InvariantCulture, out value);
    }
}
