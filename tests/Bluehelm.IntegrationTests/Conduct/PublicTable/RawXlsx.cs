using System.IO.Compression;
using System.Text;
using System.Text.RegularExpressions;
using System.Xml;

namespace Bluehelm.IntegrationTests.Conduct.PublicTable;

/// <summary>
/// The table of allegations read without MiniExcel, straight from the workbook's XML (System.IO.Compression
/// and XmlReader over sheet1.xml and sharedStrings.xml), so the import's counts are checked against a
/// reader that shares no code with it; and the copies the tests damage or edit, made the same way.
/// </summary>
internal static partial class RawXlsx
{
    public const string Sheet = "xl/worksheets/sheet1.xml";

    private const string Main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";

    public static string Original => Path.Combine(RepoPaths.ReferenceData, "un-conduct-table-of-allegations-2024-07.xlsx");

    /// <summary>Every row of the first sheet, by Excel row number: column letter → text.</summary>
    public static SortedDictionary<int, Dictionary<string, string>> Rows(string path)
    {
        using var zip = ZipFile.OpenRead(path);
        var shared = new List<string>();
        using (var reader = XmlReader.Create(zip.GetEntry("xl/sharedStrings.xml")!.Open()))
        {
            while (reader.ReadToFollowing("si", Main))
            {
                using var si = reader.ReadSubtree();
                shared.Add(Texts(si, "t"));
            }
        }

        var rows = new SortedDictionary<int, Dictionary<string, string>>();
        using (var reader = XmlReader.Create(zip.GetEntry(Sheet)!.Open()))
        {
            while (reader.ReadToFollowing("row", Main))
            {
                var row = new Dictionary<string, string>(StringComparer.Ordinal);
                rows[int.Parse(reader.GetAttribute("r")!, System.Globalization.CultureInfo.InvariantCulture)] = row;
                using var cells = reader.ReadSubtree();
                while (cells.ReadToFollowing("c", Main))
                {
                    var column = Letters().Match(cells.GetAttribute("r")!).Value;
                    var type = cells.GetAttribute("t");
                    using var cell = cells.ReadSubtree();
                    var text = Texts(cell, "v", "t");
                    row[column] = type == "s" ? shared[int.Parse(text, System.Globalization.CultureInfo.InvariantCulture)] : text;
                }
            }
        }

        return rows;
    }

    /// <summary>The data rows as header name → text.</summary>
    public static List<Dictionary<string, string>> Records(string path)
    {
        var rows = Rows(path);
        var header = rows.First().Value;
        return [.. rows.Skip(1).Select(r => header.ToDictionary(h => h.Value, h => r.Value.GetValueOrDefault(h.Key, ""), StringComparer.Ordinal))];
    }

    /// <summary>Writes a copy of the workbook whose sheet XML went through <paramref name="edit"/>.</summary>
    public static string EditedCopy(string folder, string name, Func<string, string> edit)
    {
        var path = Path.Combine(folder, name);
        File.Copy(Original, path, overwrite: true);
        using var zip = ZipFile.Open(path, ZipArchiveMode.Update);
        var entry = zip.GetEntry(Sheet)!;
        string xml;
        using (var r = new StreamReader(entry.Open()))
        {
            xml = r.ReadToEnd();
        }

        entry.Delete();
        using var w = new StreamWriter(zip.CreateEntry(Sheet).Open(), new UTF8Encoding(false));
        w.Write(edit(xml));
        return path;
    }

    /// <summary>The sheet XML with one cell's value replaced by an inline string.</summary>
    public static string SetCell(string xml, string reference, string text)
    {
        var cell = new Regex("<c r=\"" + reference + "\"[^>]*?(/>|>.*?</c>)", RegexOptions.Singleline);
        var escaped = System.Security.SecurityElement.Escape(text);
        var replaced = cell.Replace(xml, $"<c r=\"{reference}\" t=\"inlineStr\"><is><t xml:space=\"preserve\">{escaped}</t></is></c>", 1);
        return replaced == xml ? throw new InvalidOperationException("No cell " + reference) : replaced;
    }

    /// <summary>The sheet XML with a copy of row <paramref name="from"/> appended as row <paramref name="to"/> (the last row + 1).</summary>
    public static string CopyRow(string xml, int from, int to)
    {
        var row = new Regex("<row r=\"" + from + "\".*?</row>", RegexOptions.Singleline).Match(xml).Value;
        var copy = row.Replace("<row r=\"" + from + "\"", "<row r=\"" + to + "\"", StringComparison.Ordinal);
        copy = new Regex("<c r=\"([A-Z]+)" + from + "\"").Replace(copy, "<c r=\"${1}" + to + "\"");
        var withRow = xml.Replace("</sheetData>", copy + "</sheetData>", StringComparison.Ordinal);
        return new Regex("<dimension ref=\"A1:([A-Z]+)\\d+\"/>").Replace(withRow, "<dimension ref=\"A1:${1}" + to + "\"/>", 1);
    }

    /// <summary>The text of every element of these names under the reader's node, in order.</summary>
    private static string Texts(XmlReader reader, params string[] names)
    {
        var text = new StringBuilder();
        reader.Read();
        while (!reader.EOF)
        {
            if (reader.NodeType == XmlNodeType.Element && names.Contains(reader.LocalName))
            {
                text.Append(reader.ReadElementContentAsString());
            }
            else
            {
                reader.Read();
            }
        }

        return text.ToString();
    }

    [GeneratedRegex("^[A-Z]+")]
    private static partial Regex Letters();
}
