using System.Globalization;
using MiniExcelLibs;
using nietras.SeparatedValues;
using static Bluehelm.IntegrationTests.Conduct.Statistics.StatisticsQueries;

namespace Bluehelm.IntegrationTests.Conduct.Statistics;

/// <summary>The CSV, HXL and Excel exports hold exactly the JSON's cells, hidden the same way, and nothing of a case's identity.</summary>
[Collection(StatisticsCollection.Name)]
public sealed class StatisticsExportTests(StatisticsApp app)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static readonly string[] Columns =
        ["allegations", "victims", "child_victims", "paternity_claims", "investigations_pending", "investigations_completed", "substantiated", "actions_taken"];

    public static TheoryData<string, int?, string?> Queries => new()
    {
        { "mission", 2042, null },
        { "year", null, StatisticsApp.MissionA },
        { "type", null, null },
        { "nationality", 2041, StatisticsApp.MissionB },
        { "category", null, StatisticsApp.MissionB },
    };

    [Theory]
    [MemberData(nameof(Queries))]
    public async Task Exports_SameTableAsJson_HiddenCellsNeverAsNumbers(string by, int? year, string? mission)
    {
        using var client = app.CreateClient();
        var query = Query(by, year, mission);
        var json = await client.GetFromJsonAsync<JsonElement>("/api/v1/conduct/statistics?" + query, Ct);
        var expected = RowsAndTotal(json).ToList();

        var csv = Read(await client.GetStringAsync("/api/v1/conduct/statistics.csv?" + query, Ct), hxl: false);
        var hxl = Read(await client.GetStringAsync("/api/v1/conduct/statistics.hxl.csv?" + query, Ct), hxl: true);
        var xlsx = await client.GetAsync("/api/v1/conduct/statistics.xlsx?" + query, Ct);
        xlsx.Content.Headers.ContentType!.MediaType.ShouldBe("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        using var book = new MemoryStream(await xlsx.Content.ReadAsByteArrayAsync(Ct));
        var sheet = book.Query(useHeaderRow: true).Cast<IDictionary<string, object?>>().ToList();

        csv.Count.ShouldBe(expected.Count);
        hxl.Count.ShouldBe(expected.Count);
        sheet.Count.ShouldBe(expected.Count);
        for (var r = 0; r < expected.Count; r++)
        {
            csv[r]["label"].ShouldBe(expected[r].GetProperty("label").GetString());
            for (var m = 0; m < Columns.Length; m++)
            {
                var cell = expected[r].GetProperty(Measures[m]);
                var where = $"{query} row {r} {Columns[m]}";
                if (cell.GetProperty("suppressed").GetBoolean())
                {
                    var words = cell.GetProperty("reason").GetString() == "fewer-than-3" ? "fewer than 3" : "withheld";
                    csv[r][Columns[m]].ShouldBe(words, where);
                    hxl[r][Columns[m]].ShouldBe("", where);
                    sheet[r][Columns[m]]!.ToString().ShouldBe(words, where);
                }
                else
                {
                    var value = cell.GetProperty("value").GetInt64();
                    csv[r][Columns[m]].ShouldBe(value.ToString(CultureInfo.InvariantCulture), where);
                    hxl[r][Columns[m]].ShouldBe(value.ToString(CultureInfo.InvariantCulture), where);
                    Convert.ToInt64(sheet[r][Columns[m]], CultureInfo.InvariantCulture).ShouldBe(value, where);
                }
            }
        }
    }

    [Fact]
    public async Task Exports_HxlFile_TagsRowUnderTheHeader()
    {
        using var client = app.CreateClient();
        var text = await client.GetStringAsync("/api/v1/conduct/statistics.hxl.csv?by=nationality", Ct);
        var lines = text.Split('\n');

        lines[0].ShouldStartWith("year,mission,nationality,label,allegations,victims,child_victims");
        lines[1].ShouldStartWith("#date+year,#org+code,#country+code,#meta+label,#indicator+num+allegations,#affected+num,#affected+children+num");
    }

    [Fact]
    public async Task Everything_Published_HoldsNoSealedValueOrNarrative()
    {
        using var client = app.CreateClient();
        var texts = new List<string>();
        foreach (var (by, year, mission) in All().Where(q => q.Year is null or 2042))
        {
            var query = Query(by, year, mission);
            texts.Add(await client.GetStringAsync("/api/v1/conduct/statistics?" + query, Ct));
            texts.Add(await client.GetStringAsync("/api/v1/conduct/statistics.csv?" + query, Ct));
            texts.Add(await client.GetStringAsync("/api/v1/conduct/statistics.hxl.csv?" + query, Ct));
            using var book = new MemoryStream(await client.GetByteArrayAsync("/api/v1/conduct/statistics.xlsx?" + query, Ct));
            texts.Add(string.Join('\n', book.Query(useHeaderRow: true).Cast<IDictionary<string, object?>>().SelectMany(r => r.Values.Select(v => v?.ToString()))));
            texts.Add(await client.GetStringAsync("/conduct/statistics?" + query, Ct));
        }

        foreach (var text in texts)
        {
            foreach (var secret in StatisticsApp.Canaries.Concat(app.SealedValues))
            {
                text.ShouldNotContain(secret);
            }
        }
    }

    private static List<Dictionary<string, string>> Read(string text, bool hxl)
    {
        using var reader = Sep.New(',').Reader(o => o with { Unescape = true }).FromText(text);
        var rows = new List<Dictionary<string, string>>();
        var first = true;
        foreach (var row in reader)
        {
            if (hxl && first)
            {
                first = false;
                row["allegations"].ToString().ShouldBe("#indicator+num+allegations");
                continue;
            }

            var cells = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (var name in reader.Header.ColNames)
            {
                cells[name] = row[name].ToString();
            }

            rows.Add(cells);
        }

        return rows;
    }
}
