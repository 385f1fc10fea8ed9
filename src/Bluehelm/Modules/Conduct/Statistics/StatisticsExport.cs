using System.Globalization;
using System.Text;
using MiniExcelLibs;
using Microsoft.Extensions.Localization;
using nietras.SeparatedValues;

namespace Bluehelm.Modules.Conduct.Statistics;

/// <summary>
/// The statistics table as CSV, HXL-tagged CSV and Excel: the same cells as the JSON, suppressed the
/// same way. A hidden cell is written as its words ("fewer than 3", "withheld") in CSV and Excel,
/// and left empty in HXL (its columns are numbers), never as the number.
/// </summary>
internal sealed class StatisticsExport(IStringLocalizer<ConductText> conduct, IStringLocalizer<StatisticsText> text)
{
    /// <summary>Column name and HXL hashtag of every measure, in table order.</summary>
    public static readonly (string Column, string Hxl, Func<StatisticsRow, StatisticsValue> Value)[] Measures =
    [
        ("allegations", "#indicator+num+allegations", r => r.Allegations),
        ("victims", "#affected+num", r => r.Victims),
        ("child_victims", "#affected+children+num", r => r.Children),
        ("paternity_claims", "#indicator+num+paternity", r => r.PaternityClaims),
        ("investigations_pending", "#indicator+num+investigations+pending", r => r.InvestigationsPending),
        ("investigations_completed", "#indicator+num+investigations+completed", r => r.InvestigationsCompleted),
        ("substantiated", "#indicator+num+substantiated", r => r.Substantiated),
        ("actions_taken", "#indicator+num+actions", r => r.ActionsTaken),
    ];

    public const string AverageColumn = "average_investigation_days";

    /// <summary>The columns naming the row, with their hashtags: year, mission, then the breakdown's own.</summary>
    public static IReadOnlyList<(string Column, string Hxl)> KeyColumns(string by)
    {
        var columns = new List<(string, string)> { ("year", "#date+year"), ("mission", "#org+code") };
        switch (by)
        {
            case "category":
                columns.Add(("personnel_category", "#org+type+personnel"));
                break;
            case "nationality":
                columns.Add(("nationality", "#country+code"));
                break;
            case "type":
                columns.Add(("allegation_type", "#event+type"));
                break;
        }

        columns.Add(("label", "#meta+label"));
        return columns;
    }

    /// <summary>Every row then the total, each as column → cell text (invariant numbers; hidden cells in words, or empty for HXL).</summary>
    public List<Dictionary<string, string>> Cells(StatisticsTable table, bool hxl)
    {
        var result = new List<Dictionary<string, string>>();
        foreach (var row in table.Rows.Append(table.Total))
        {
            var total = ReferenceEquals(row, table.Total);
            var cells = new Dictionary<string, string>(StringComparer.Ordinal)
            {
                ["year"] = table.By == "year" && !total ? row.Key : Invariant(table.Year),
                ["mission"] = table.By == "mission" && !total ? row.Key : table.Mission ?? "",
            };
            if (KeyColumns(table.By).Count == 4)
            {
                cells[KeyColumns(table.By)[2].Column] = total ? "" : row.Key;
            }

            cells["label"] = row.Label;
            foreach (var (column, _, value) in Measures)
            {
                cells[column] = Text(value(row), hxl);
            }

            var average = row.AverageInvestigationDays;
            cells[AverageColumn] = average.Suppressed
                ? (hxl ? "" : text["suppressed.average"])
                : average.Value?.ToString("0.0", CultureInfo.InvariantCulture) ?? "";
            result.Add(cells);
        }

        return result;
    }

    public IReadOnlyList<string> Header(StatisticsTable table) =>
        [.. KeyColumns(table.By).Select(c => c.Column), .. Measures.Select(m => m.Column), AverageColumn];

    /// <summary>Writes the table as CSV (with an HXL hashtag row under the header when <paramref name="hxl"/>).</summary>
    public async Task WriteCsvAsync(Stream output, StatisticsTable table, bool hxl, CancellationToken ct)
    {
        var header = Header(table);
        var csv = new StringBuilder();
        using (var writer = Sep.New(',').Writer(o => o with { Escape = true }).To(new StringWriter(csv, CultureInfo.InvariantCulture)))
        {
            writer.Header.Add([.. header]);
            writer.Header.Write();
            if (hxl)
            {
                using var tags = writer.NewRow();
                foreach (var (column, tag) in KeyColumns(table.By).Concat(Measures.Select(m => (m.Column, m.Hxl))).Append((AverageColumn, "#indicator+num+investigations+days+avg")))
                {
                    tags[column].Set(tag);
                }
            }

            foreach (var cells in Cells(table, hxl))
            {
                using var row = writer.NewRow();
                foreach (var column in header)
                {
                    row[column].Set(cells[column]);
                }
            }
        }

        var bytes = new UTF8Encoding(false).GetBytes(csv.ToString());
        await output.WriteAsync(bytes, ct);
    }

    /// <summary>Writes the table as one Excel sheet: numbers as numbers, hidden cells in words.</summary>
    public async Task WriteXlsxAsync(Stream output, StatisticsTable table, CancellationToken ct)
    {
        var header = Header(table);
        var rows = new List<Dictionary<string, object?>>();
        foreach (var cells in Cells(table, hxl: false))
        {
            var row = new Dictionary<string, object?>(StringComparer.Ordinal);
            foreach (var column in header)
            {
                var value = cells[column];
                row[column] = long.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n
                    : column == AverageColumn && double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var d) ? d
                    : value;
            }

            rows.Add(row);
        }

        using var buffer = new MemoryStream();
        await MiniExcel.SaveAsAsync(buffer, rows, sheetName: text["export.sheet"], cancellationToken: ct);
        buffer.Position = 0;
        await buffer.CopyToAsync(output, ct);
    }

    private string Text(StatisticsValue value, bool hxl) => value switch
    {
        { Suppressed: true } when hxl => "",
        { Suppressed: true, Reason: "fewer-than-3" } => conduct["fewer-than-3"],
        { Suppressed: true } => text["suppressed.withheld"],
        _ => Invariant(value.Value),
    };

    private static string Invariant(long? n) => n?.ToString(CultureInfo.InvariantCulture) ?? "";

    private static string Invariant(int? n) => n?.ToString(CultureInfo.InvariantCulture) ?? "";
}
