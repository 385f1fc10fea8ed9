using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Bluehelm.Modules.Conduct.PublicTable.Cells;
using MiniExcelLibs;

namespace Bluehelm.Modules.Conduct.PublicTable;

/// <summary>What the reader made of a file: every row, or the problems that refuse it (then no rows).</summary>
internal sealed record TableReadResult(IReadOnlyList<TableRow> Rows, IReadOnlyList<TableProblem> Problems, int ProblemCount)
{
    public bool Ok => ProblemCount == 0;
}

/// <summary>
/// Reads the UN's table of allegations from an .xlsx workbook (its first sheet) with MiniExcel. The
/// header row names the columns (<see cref="TableColumns"/>); every other non-blank row is one
/// allegation, each cell parsed by its column's parser in <c>Cells/</c>. Any unreadable cell is a
/// problem named by its Excel row and column, and any problem refuses the whole file.
/// </summary>
internal static class TableReader
{
    /// <summary>The problems listed in full; past this only their number is given.</summary>
    public const int MaxListedProblems = 100;

    /// <summary>More rows than any edition could hold (the 2024 table has 753).</summary>
    public const int MaxRows = 100_000;

    public static TableReadResult Read(Stream workbook)
    {
        List<IDictionary<string, object?>> sheet;
        try
        {
            sheet = [.. MiniExcel.Query(workbook, useHeaderRow: false, excelType: ExcelType.XLSX)
                .Take(MaxRows + 2)
                .Select(r => (IDictionary<string, object?>)r)];
        }
        catch (Exception ex) when (ex is InvalidDataException or System.Xml.XmlException or IOException or InvalidOperationException or NotSupportedException or ArgumentException or FormatException or KeyNotFoundException or IndexOutOfRangeException or NullReferenceException)
        {
            return Refused(new TableProblem(0, "", "file.unreadable"));
        }

        if (sheet.Count == 0)
        {
            return Refused(new TableProblem(0, "", "file.empty"));
        }

        if (sheet.Count > MaxRows + 1)
        {
            return Refused(new TableProblem(0, "", "file.too-many-rows"));
        }

        var header = sheet[0];
        var columns = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (letter, value) in header)
        {
            if (TableColumns.Find(Text(value)) is { } name && !columns.ContainsValue(name))
            {
                columns[letter] = name;
            }
        }

        var missing = TableColumns.Required.Where(c => !columns.ContainsValue(c)).ToList();
        if (missing.Count > 0)
        {
            return Refused([.. missing.Select(c => new TableProblem(1, c, "column.missing"))]);
        }

        // Every header (known or not) in a fixed order, so the content hash does not depend on column order.
        var hashed = header.Where(h => Text(h.Value).Length > 0)
            .Select(h => (Letter: h.Key, Name: columns.GetValueOrDefault(h.Key) ?? TableColumns.Key(Text(h.Value))))
            .OrderBy(h => h.Name, StringComparer.Ordinal)
            .ToList();

        var problems = new List<TableProblem>();
        var count = 0;
        var rows = new List<TableRow>();
        var ordinals = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 1; i < sheet.Count; i++)
        {
            var cells = sheet[i];
            if (cells.Values.All(v => Text(v).Length == 0))
            {
                continue;
            }

            // MiniExcel returns every row from the sheet's first, blank ones included: index 0 is Excel row 1.
            var excelRow = i + 1;
            var row = new RowCells(excelRow, columns.ToDictionary(c => c.Value, c => cells.TryGetValue(c.Key, out var v) ? v : null, StringComparer.Ordinal));
            var parsed = row.Parse(ordinals, Hash(hashed.Select(h => h.Name + "=" + Text(cells.TryGetValue(h.Letter, out var v) ? v : null).ReplaceLineEndings("\n").Trim())));
            foreach (var p in row.Problems)
            {
                count++;
                if (problems.Count < MaxListedProblems)
                {
                    problems.Add(p);
                }
            }

            if (parsed is not null)
            {
                rows.Add(parsed);
            }
        }

        if (count == 0 && rows.Count == 0)
        {
            return Refused(new TableProblem(0, "", "file.no-rows"));
        }

        return count > 0 ? new TableReadResult([], problems, count) : new TableReadResult(rows, [], 0);
    }

    /// <summary>A cell's value as text: strings as they are, numbers and dates in the invariant culture.</summary>
    internal static string Text(object? value) => value switch
    {
        null => "",
        string s => s,
        DateTime d => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        double d => d.ToString("R", CultureInfo.InvariantCulture),
        _ => Convert.ToString(value, CultureInfo.InvariantCulture) ?? "",
    };

    internal static string Hash(IEnumerable<string> parts) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(string.Join('\u001f', parts))));

    private static TableReadResult Refused(params TableProblem[] problems) => new([], problems, problems.Length);
}
