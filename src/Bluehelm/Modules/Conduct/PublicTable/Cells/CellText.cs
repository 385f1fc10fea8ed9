using System.Globalization;
using System.Text.RegularExpressions;

namespace Bluehelm.Modules.Conduct.PublicTable.Cells;

/// <summary>A cell the table's reader could not read: the stable code of the problem (the reader adds the row and column).</summary>
internal sealed class CellException(string code) : Exception(code)
{
    public string Code { get; } = code;
}

/// <summary>
/// What every cell parser shares. The table writes several values in one cell as lines separated by
/// blank lines; a single line break inside a value is the source wrapping its text, not a new value.
/// Padding inside values (<c>Civilian (Vendor Employee      )</c>) is the source's, and dropped.
/// </summary>
internal static partial class CellText
{
    /// <summary>The longest cell the reader accepts; the table's longest is a few hundred characters.</summary>
    public const int MaxLength = 4000;

    /// <summary>The longest value (one line) the reader accepts: the columns that keep a line hold 200 characters.</summary>
    public const int MaxLineLength = 200;

    /// <summary>The cell's values, each with its white space collapsed; none for a blank cell.</summary>
    public static IReadOnlyList<string> Lines(string? cell)
    {
        if (string.IsNullOrWhiteSpace(cell))
        {
            return [];
        }

        if (cell.Length > MaxLength)
        {
            throw new CellException("cell.too-long");
        }

        var lines = BlankLine().Split(cell.Trim()).Select(Clean).Where(l => l.Length > 0).ToList();
        return lines.Any(l => l.Length > MaxLineLength) ? throw new CellException("cell.too-long") : lines;
    }

    /// <summary>The text with every run of white space (line breaks, tabs, padding) as one space, and no space just inside parentheses.</summary>
    public static string Clean(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return "";
        }

        var collapsed = Space().Replace(text.Trim(), " ");
        return CloseParen().Replace(OpenParen().Replace(collapsed, "("), ")");
    }

    /// <summary>Splits a trailing count <c>"(3)"</c> from a line: the rest, and the count (1 when absent).</summary>
    public static (string Text, int Count) TrailingCount(string line)
    {
        var m = Count().Match(line);
        return m.Success ? (line[..m.Index].TrimEnd(), ParseCount(m.Groups[1].Value)) : (line, 1);
    }

    /// <summary>A count as the table writes it: a positive whole number, at most 100,000.</summary>
    public static int ParseCount(string digits) =>
        int.TryParse(digits, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n is > 0 and <= 100_000
            ? n
            : throw new CellException("count.invalid");

    /// <summary>Compares words of the table case-insensitively.</summary>
    public static bool Is(string text, string word) => string.Equals(text, word, StringComparison.OrdinalIgnoreCase);

    /// <summary>Not applicable as the table spells it (<c>N/A</c>, <c>NA</c>, <c>Not applicable</c>).</summary>
    public static bool IsNotApplicable(string text) => Is(text, "N/A") || Is(text, "NA") || Is(text, "Not applicable");

    [GeneratedRegex(@"\r?\n[ \t]*\r?\n\s*")]
    private static partial Regex BlankLine();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Space();

    [GeneratedRegex(@"\(\s+")]
    private static partial Regex OpenParen();

    [GeneratedRegex(@"\s+\)")]
    private static partial Regex CloseParen();

    [GeneratedRegex(@"\(\s*(\d+)\s*\)\s*$")]
    private static partial Regex Count();
}
