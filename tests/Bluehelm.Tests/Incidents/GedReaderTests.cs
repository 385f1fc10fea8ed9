using System.Globalization;
using System.Text;
using System.Text.Json;
using Bluehelm.Modules.Alerts.Contracts;
using Bluehelm.Modules.Incidents;
using Bluehelm.Modules.Incidents.Import;

namespace Bluehelm.Tests.Incidents;

/// <summary>The GED readers on UCDP's real Central African Republic extract and on broken copies of it.</summary>
public sealed class GedReaderTests
{
    private static readonly string Extract = Path.Combine(RepoPaths.ReferenceData, "ucdp-ged-23.1-central-african-republic.geojson");

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    internal static async Task<(List<ConflictEvent> Events, ImportProblems Problems)> ReadAsync(Stream stream, string fileName, string? version = null)
    {
        var problems = new ImportProblems();
        var events = new List<ConflictEvent>();
        await foreach (var e in new GedReader().ReadAsync(stream, new EventFile(fileName, version), problems, Ct))
        {
            events.Add(e);
        }

        return (events, problems);
    }

    private static Task<(List<ConflictEvent> Events, ImportProblems Problems)> ReadTextAsync(string text, string fileName) =>
        ReadAsync(new MemoryStream(Encoding.UTF8.GetBytes(text)), fileName);

    /// <summary>The extract as a GED CSV: every property a column, the point as latitude and longitude (as UCDP's CSV has them).</summary>
    internal static string ExtractAsCsv()
    {
        using var doc = JsonDocument.Parse(File.ReadAllBytes(Extract));
        var features = doc.RootElement.GetProperty("features").EnumerateArray().ToList();
        var columns = features[0].GetProperty("properties").EnumerateObject().Select(p => p.Name).Concat(["latitude", "longitude"]).ToList();
        static string Quote(string v) => v.IndexOfAny([',', '"', '\n', '\r']) >= 0 ? "\"" + v.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : v;
        var text = new StringBuilder();
        text.Append(string.Join(',', columns)).Append("\r\n");
        foreach (var f in features)
        {
            var p = f.GetProperty("properties");
            var point = f.GetProperty("geometry").GetProperty("coordinates");
            text.Append(string.Join(',', columns.Select(c =>
            {
                var v = c switch
                {
                    "latitude" => point[1],
                    "longitude" => point[0],
                    _ => p.GetProperty(c),
                };
                return Quote(v.ValueKind == JsonValueKind.String ? v.GetString()! : v.GetRawText());
            }))).Append("\r\n");
        }

        return text.ToString();
    }

    private static string[] CsvLines() => ExtractAsCsv().Split("\r\n", StringSplitOptions.RemoveEmptyEntries);

    [Fact]
    public async Task ReadAsync_RealGeoJsonExtract_ReadsEveryEventWithItsFields()
    {
        await using var file = File.OpenRead(Extract);
        var (events, problems) = await ReadAsync(file, Path.GetFileName(Extract));

        problems.Count.ShouldBe(0);
        events.Count.ShouldBe(1848);
        events.Select(e => e.SourceId).Distinct().Count().ShouldBe(1848);
        events.ShouldAllBe(e => e.CountryIso2 == "CF" && e.DatasetVersion == "23.1" && e.Source == EventSource.UcdpGed && e.Dataset == "UCDP GED");

        // The first feature: UCDP GED event 36210, Government of Uganda against the LRA, 20 February 2009.
        var first = events[0];
        first.SourceId.ShouldBe("36210");
        first.RowNumber.ShouldBe(1);
        first.DateStart.ShouldBe(new DateOnly(2009, 2, 20));
        first.DateEnd.ShouldBe(new DateOnly(2009, 2, 20));
        first.DatePrecision.ShouldBe(DatePrecision.Day);
        first.Latitude.ShouldBe(5.399784);
        first.Longitude.ShouldBe(26.486881);
        first.GeoPrecision.ShouldBe(5);
        first.PrioGridGid.ShouldBe(137213);
        first.Locality.ShouldBe("Southeast Central African Republic");
        first.Admin1.ShouldBeNull();
        first.Threat.ShouldBe(ThreatType.ArmedClashNearCivilians);
        first.AgainstCivilians.ShouldBeFalse();
        first.SourceType.ShouldBe("1");
        first.Actor1.ShouldBe("Government of Uganda");
        first.Actor2.ShouldBe("LRA");
        (first.Fatalities, first.FatalitiesLow, first.FatalitiesHigh, first.CivilianDeaths).ShouldBe((3, 3, 3, 0));
        first.Notes.ShouldBe("Reuters  25/2-09");

        // The second: date_prec 5 (only known within more than a month) is year precision.
        events[1].DatePrecision.ShouldBe(DatePrecision.Year);
        events[1].DateEnd.ShouldBe(new DateOnly(2009, 9, 10));

        // One-sided violence (type 3) is violence against civilians.
        var oneSided = events.Where(e => e.SourceType == "3").ToList();
        oneSided.ShouldNotBeEmpty();
        oneSided.ShouldAllBe(e => e.AgainstCivilians && e.Threat == ThreatType.AttackOnCivilians);
        events.Where(e => e.SourceType != "3").ShouldAllBe(e => !e.AgainstCivilians && e.Threat == ThreatType.ArmedClashNearCivilians);
    }

    [Fact]
    public async Task ReadAsync_CsvMadeFromTheExtract_GivesTheSameEventsAsTheGeoJson()
    {
        await using var file = File.OpenRead(Extract);
        var (fromJson, _) = await ReadAsync(file, "GEDEvent_v23_1.geojson");
        var (fromCsv, problems) = await ReadTextAsync(ExtractAsCsv(), "GEDEvent_v23_1.csv");

        problems.Count.ShouldBe(0);
        fromCsv.Count.ShouldBe(fromJson.Count);
        static object Fields(ConflictEvent e) => new
        {
            e.SourceId, e.RowNumber, e.DatasetVersion, e.DateStart, e.DateEnd, e.DatePrecision, e.Latitude, e.Longitude, e.GeoPrecision, e.CountryIso2,
            e.Admin1, e.Admin2, e.Locality, e.PrioGridGid, e.Threat, e.AgainstCivilians, e.SourceType, e.Actor1, e.Actor2, e.Fatalities,
            e.FatalitiesLow, e.FatalitiesHigh, e.CivilianDeaths, e.Notes,
        };
        fromCsv.Select(Fields).ShouldBe(fromJson.Select(Fields));
    }

    [Fact]
    public async Task ReadAsync_CsvWithOtherColumns_ReportsEachMissingColumnAndReadsNothing()
    {
        var (events, problems) = await ReadTextAsync("event_id_cnty,event_date,latitude\nCAF1,2020-03-21,4.3\n", "acled.csv");

        events.ShouldBeEmpty();
        problems.Fatal.ShouldBeTrue();
        problems.First.ShouldAllBe(p => p.Row == 0 && p.Code == "column.missing");
        problems.First.Select(p => p.Column).ShouldBe(["id", "date_start", "date_end", "type_of_violence", "best", "country", "longitude"], ignoreOrder: true);
    }

    [Fact]
    public async Task ReadAsync_BadDateLatitude95AndWordsForDeaths_NamesEachRowAndColumn()
    {
        var lines = CsvLines();
        var header = lines[0].Split(',');
        int Col(string name) => Array.IndexOf(header, name);
        string Edit(string line, string column, string value)
        {
            // The edited rows have no quoted commas before these columns in the extract's first rows.
            var fields = line.Split(',');
            fields[Col(column) + (fields.Length - header.Length)] = value;
            return string.Join(',', fields);
        }

        lines[2] = Edit(lines[2], "date_start", "2009-13-45T00:00:00");
        lines[5] = Edit(lines[5], "latitude", "95");
        lines[7] = Edit(lines[7], "best", "three");
        var (events, problems) = await ReadTextAsync(string.Join('\n', lines), "GEDEvent_v23_1.csv");

        problems.Fatal.ShouldBeFalse();
        problems.First.ShouldBe(
        [
            new ImportProblem(2, "date_start", "date.invalid", "2009-13-45T00:00:00"),
            new ImportProblem(5, "latitude", "latitude.range", "95"),
            new ImportProblem(7, "best", "deaths.invalid", "three"),
        ]);
        events.Count.ShouldBe(1845);
    }

    [Fact]
    public async Task ReadAsync_GeoJsonCutInTheMiddle_ReportsATruncatedFile()
    {
        var bytes = await File.ReadAllBytesAsync(Extract, Ct);
        var (events, problems) = await ReadAsync(new MemoryStream(bytes, 0, bytes.Length / 2), "GEDEvent_v23_1.geojson");

        problems.Fatal.ShouldBeTrue();
        problems.First.Single().Code.ShouldBe("file.truncated");
        problems.First.Single().Row.ShouldBe(events.Count + 1);
        events.Count.ShouldBeInRange(800, 1000);
    }

    [Fact]
    public async Task ReadAsync_CsvCutMidRow_ReportsTheShortLastRow()
    {
        var text = string.Join('\n', CsvLines().Take(11));
        var (events, problems) = await ReadTextAsync(text[..^120], "GEDEvent_v23_1.csv");

        events.Count.ShouldBe(9);
        problems.First.Single().ShouldBe(problems.First.Single() with { Row = 10, Code = "row.short" });
    }

    [Fact]
    public async Task ReadAsync_GeoJsonFeatureWithoutId_ReportsTheMissingIdAndReadsTheRest()
    {
        var text = await File.ReadAllTextAsync(Extract, Ct);
        var broken = text.Replace("\"id\": 36211, ", "\"id\": null, ", StringComparison.Ordinal);
        var (events, problems) = await ReadTextAsync(broken, "extract.geojson");

        problems.First.ShouldBe([new ImportProblem(2, "id", "id.missing")]);
        events.Count.ShouldBe(1847);
        events.ShouldAllBe(e => e.DatasetVersion == "23.1");
    }

    [Theory]
    [InlineData("GEDEvent_v24_1.csv", null, "24.1")]
    [InlineData("ged231-csv.zip.csv", null, "23.1")]
    [InlineData("ucdp-ged-25.1-mali.geojson", null, "25.1")]
    [InlineData("events.csv", null, null)]
    [InlineData("GEDEvent_v24_1.csv", "22.1", "22.1")]
    public async Task ReadAsync_VersionInFileNameOrGiven_TagsEveryEvent(string fileName, string? given, string? expected)
    {
        var text = string.Join('\n', CsvLines().Take(3));
        var problems = new ImportProblems();
        var events = new List<ConflictEvent>();
        await foreach (var e in new GedReader().ReadAsync(new MemoryStream(Encoding.UTF8.GetBytes(text)), new EventFile(fileName, given), problems, Ct))
        {
            events.Add(e);
        }

        events.Count.ShouldBe(2);
        events.ShouldAllBe(e => e.DatasetVersion == expected);
    }
}
