using System.Text.RegularExpressions;

namespace Bluehelm.Modules.Incidents.Import;

/// <summary>
/// The hashtag row of an HXL file (Humanitarian Exchange Language standard 1.1): one hashtag with
/// optional attributes per column (<c>#affected+killed+civilians</c>), case-insensitive, attributes in
/// any order, spaces allowed before a <c>+</c>. Columns are found with HXL tag patterns: a tag, the
/// attributes a column must have (<c>+name</c>) and those it must not (<c>-code</c>).
/// </summary>
internal sealed partial class HxlTags
{
    private readonly List<(int Index, string Tag, HashSet<string> Attributes, string Spelling)> _columns;

    private HxlTags(List<(int, string, HashSet<string>, string)> columns) => _columns = columns;

    /// <summary>
    /// The row's hashtags, or null when it is not a hashtag row: at least one cell is a hashtag and every
    /// cell that is not empty is one (text headers and data rows have cells that are not).
    /// </summary>
    public static HxlTags? TryParse(IReadOnlyList<string> cells)
    {
        var columns = new List<(int, string, HashSet<string>, string)>();
        for (var i = 0; i < cells.Count; i++)
        {
            var cell = cells[i].Trim().TrimStart('\uFEFF');
            if (cell.Length == 0)
            {
                continue;
            }

            var m = Spec().Match(cell);
            if (!m.Success)
            {
                return null;
            }

            var attributes = m.Groups["a"].Captures.Select(a => a.Value.ToLowerInvariant()).ToHashSet(StringComparer.Ordinal);
            columns.Add((i, m.Groups["t"].Value.ToLowerInvariant(), attributes, cell));
        }

        return columns.Count == 0 ? null : new HxlTags(columns);
    }

    /// <summary>The first column that matches any of the patterns, tried in order (<c>#date+start</c>, <c>#adm1-code</c>), or -1.</summary>
    public int Find(params string[] patterns)
    {
        foreach (var pattern in patterns)
        {
            var m = Pattern().Match(pattern);
            var tag = m.Groups["t"].Value.ToLowerInvariant();
            var include = m.Groups["i"].Captures.Select(c => c.Value.ToLowerInvariant()).ToList();
            var exclude = m.Groups["x"].Captures.Select(c => c.Value.ToLowerInvariant()).ToList();
            foreach (var (index, t, attributes, _) in _columns)
            {
                if (t == tag && include.All(attributes.Contains) && !exclude.Any(attributes.Contains))
                {
                    return index;
                }
            }
        }

        return -1;
    }

    /// <summary>Every column that matches the pattern, in file order.</summary>
    public IReadOnlyList<int> FindAll(string tag, params string[] without)
    {
        return [.. _columns.Where(c => c.Tag == tag && !without.Any(c.Attributes.Contains)).Select(c => c.Index)];
    }

    public bool Has(int index, string attribute) => _columns.Any(c => c.Index == index && c.Attributes.Contains(attribute));

    /// <summary>The hashtag as the file spells it, which names the column in problem reports.</summary>
    public string Name(int index) => _columns.FirstOrDefault(c => c.Index == index).Spelling ?? "";

    /// <summary>The indexes of every tagged column, for a row's content id.</summary>
    public IEnumerable<int> Indexes => _columns.Select(c => c.Index);

    [GeneratedRegex(@"^#(?<t>[A-Za-z][A-Za-z0-9_]*)(?:\s*\+\s*(?<a>[A-Za-z][A-Za-z0-9_]*))*\s*$", RegexOptions.CultureInvariant)]
    private static partial Regex Spec();

    [GeneratedRegex(@"^#(?<t>[a-z][a-z0-9_]*)(?:\+(?<i>[a-z][a-z0-9_]*)|-(?<x>[a-z][a-z0-9_]*))*$", RegexOptions.CultureInvariant)]
    private static partial Regex Pattern();
}
