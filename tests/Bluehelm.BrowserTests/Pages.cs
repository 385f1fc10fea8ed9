using System.Text.RegularExpressions;
using System.Xml.Linq;

namespace Bluehelm.BrowserTests;

/// <summary>Helpers to read pages as a French-speaking user would.</summary>
internal static partial class Pages
{
    /// <summary>The page's visible text without parts marked as another language (the "English" switch link).</summary>
    internal static Task<string> FrenchText(IPage page) =>
        page.EvaluateAsync<string>("""
            () => {
                const copy = document.body.cloneNode(true);
                copy.querySelectorAll('[lang]:not([lang="fr"])').forEach(e => e.remove());
                document.body.appendChild(copy);
                copy.style.position = 'absolute';
                const text = copy.innerText;
                copy.remove();
                return text;
            }
            """);

    /// <summary>
    /// Interface phrases that exist only in English (their French text differs): none of them may
    /// appear on a French page. Data (site names, citations) is not interface text.
    /// </summary>
    internal static List<string> EnglishOnlyPhrasesIn(string text)
    {
        var found = new List<string>();
        // A word both languages use ("personnel", "mission") is no sign of English: a piece that the
        // French strings themselves use as a whole word is left out.
        var allFrench = string.Join("\n", Directory.EnumerateFiles(Path.Combine(RepoPaths.Root, "src"), "*.fr.resx", SearchOption.AllDirectories).SelectMany(f => Load(f).Values));
        foreach (var english in Directory.EnumerateFiles(Path.Combine(RepoPaths.Root, "src"), "*.resx", SearchOption.AllDirectories).Where(f => !f.EndsWith(".fr.resx", StringComparison.Ordinal)))
        {
            var en = Load(english);
            var fr = Load(english[..^".resx".Length] + ".fr.resx");
            foreach (var (key, value) in en)
            {
                if (fr.GetValueOrDefault(key) == value)
                {
                    continue;
                }

                // Format strings are checked piece by piece; short pieces ("of", "by") say nothing.
                foreach (var piece in Placeholder().Split(value).Select(p => p.Trim()).Where(p => p.Length >= 6))
                {
                    // As whole words: the English "Import" is not in the French "Importer".
                    var word = $@"(?<!\p{{L}}){Regex.Escape(piece)}(?!\p{{L}})";
                    if (text.Contains(piece, StringComparison.Ordinal) && Regex.IsMatch(text, word) && !Regex.IsMatch(allFrench, word))
                    {
                        found.Add($"{key}: {piece}");
                    }
                }
            }
        }

        return found;
    }

    internal static Dictionary<string, string> Load(string path) =>
        XDocument.Load(path).Root!.Elements("data").ToDictionary(d => (string)d.Attribute("name")!, d => (string?)d.Element("value") ?? "", StringComparer.Ordinal);

    [GeneratedRegex(@"\{\d+\}")]
    private static partial Regex Placeholder();
}
