using System.Text;
using Bluehelm.Modules.Alerts.Contracts;
using Bluehelm.Modules.Incidents;
using Bluehelm.Modules.Incidents.Import;
using Bluehelm.Platform.Geo;
using static Bluehelm.Tests.Incidents.AcledFixtures;

namespace Bluehelm.Tests.Incidents;

public sealed class AcledReaderTests
{
    private const string Header = "event_id_cnty,event_date,year,time_precision,disorder_type,event_type,sub_event_type,actor1,assoc_actor_1,inter1,actor2,assoc_actor_2,inter2,interaction,civilian_targeting,iso,region,country,admin1,admin2,admin3,location,latitude,longitude,geo_precision,source,source_scale,notes,fatalities,tags,timestamp";

    private readonly AcledReader _reader = new();

    private static string Row(string id = "CEN1", string date = "2020-03-21", string latitude = "4.7413", string longitude = "22.8184", string fatalities = "2", string notes = "Notes") =>
        $"{id},{date},2020,1,Political violence,Violence against civilians,Attack,Armed group,,3,Civilians,,7,37,Civilian targeting,140,Middle Africa,Central African Republic,Mbomou,Bangassou,,Bangassou,{latitude},{longitude},1,Radio,National,{notes},{fatalities},,1700000000";

    [Theory]
    [InlineData("acled-current.csv", AcledSchema.Current)]
    [InlineData("acled-current-bom.csv", AcledSchema.Current)]
    [InlineData("acled-2019.csv", AcledSchema.Export2019)]
    [InlineData("acled-pre2019.csv", AcledSchema.Pre2019)]
    public void Detect_FixtureHeader_IsItsSchema(string file, AcledSchema expected)
    {
        var header = File.ReadLines(PathOf(file)).First().TrimStart('\uFEFF').Split(',');

        AcledReader.Detect(header).ShouldBe(expected);
    }

    [Fact]
    public void Detect_GedHeader_IsUnknown() =>
        AcledReader.Detect(["id", "relid", "year", "type_of_violence", "latitude", "longitude", "best"]).ShouldBe(AcledSchema.Unknown);

    [Fact]
    public async Task ReadAsync_CurrentSchema_MapsEveryField()
    {
        var (events, problems) = await ReadFileAsync(_reader, "acled-current.csv", new EventFile("acled-current.csv", DatasetVersion: "2024-06"));

        problems.Count.ShouldBe(0);
        events.Count.ShouldBe(5);
        var e = events[0];
        (e.Source, e.Dataset, e.DatasetVersion, e.SourceId, e.RowNumber).ShouldBe((EventSource.Acled, "ACLED", "2024-06", "CEN9001", 1));
        // The date is event_date, not the unix timestamp (when ACLED last edited the row, here 2023).
        (e.DateStart, e.DateEnd, e.DatePrecision).ShouldBe((new DateOnly(2020, 3, 21), new DateOnly(2020, 3, 21), DatePrecision.Day));
        (e.Latitude, e.Longitude, e.GeoPrecision, e.PrioGridGid).ShouldBe((4.7413, 22.8184, 1, PrioGrid.CellOf(4.7413, 22.8184)));
        (e.CountryIso2, e.Admin1, e.Admin2, e.Locality).ShouldBe(("CF", "Mbomou", "Bangassou", "Bangassou"));
        (e.Threat, e.AgainstCivilians, e.SourceType, e.SourceSubType, e.CivilianTargeting).ShouldBe((ThreatType.AttackOnCivilians, true, "Violence against civilians", "Attack", (bool?)true));
        (e.Actor1, e.Actor2, e.Fatalities, e.FatalitiesLow, e.CivilianDeaths).ShouldBe(("Unidentified Armed Group (Central African Republic)", "Civilians (Central African Republic)", 2, (int?)null, (int?)null));
        // A quoted field keeps its commas, quotes and line break.
        e.Notes.ShouldBe("On 21 March 2020, armed men attacked traders at the market of Bangassou, Mbomou; two civilians were killed.\nA second line, \"quoted\", with a comma.");

        events.Select(x => x.DatePrecision).ShouldBe([DatePrecision.Day, DatePrecision.Week, DatePrecision.Month, DatePrecision.Day, DatePrecision.Day]);
        events.Select(x => x.Threat).ShouldBe([ThreatType.AttackOnCivilians, ThreatType.ArmedClashNearCivilians, ThreatType.LootingOrDestruction, ThreatType.SexualViolence, ThreatType.ShellingOrExplosive]);
        events.Select(x => x.AgainstCivilians).ShouldBe([true, false, true, true, false]);
        events.Select(x => x.CivilianTargeting).ShouldBe([true, false, true, true, false]);
        events.Select(x => x.RowNumber).ShouldBe([1, 2, 3, 4, 5]);
        events[2].Locality.ShouldBe("Ndélé");
        events[4].GeoPrecision.ShouldBe(3);
    }

    [Fact]
    public async Task ReadAsync_BomUpperCaseOtherOrderExtraColumn_ReadsTheSameEvents()
    {
        var (plain, _) = await ReadFileAsync(_reader, "acled-current.csv");
        var (events, problems) = await ReadFileAsync(_reader, "acled-current-bom.csv");

        problems.Count.ShouldBe(0);
        events.Count.ShouldBe(2);
        foreach (var (a, b) in events.Zip(plain))
        {
            (a.SourceId, a.DateStart, a.Latitude, a.Longitude, a.Threat, a.Notes, a.Fatalities, a.CountryIso2).ShouldBe((b.SourceId, b.DateStart, b.Latitude, b.Longitude, b.Threat, b.Notes, b.Fatalities, b.CountryIso2));
        }
    }

    [Fact]
    public async Task ReadAsync_Export2019_ReadsDateFormsIso3AndTypes()
    {
        var (events, problems) = await ReadFileAsync(_reader, "acled-2019.csv");

        problems.Count.ShouldBe(0);
        events.Select(e => e.SourceId).ShouldBe(["CEN8001", "CEN8002", "CEN8003", "CEN8004"]);
        events.Select(e => e.DateStart).ShouldBe([new DateOnly(2020, 3, 21), new DateOnly(2020, 3, 21), new DateOnly(2020, 3, 21), new DateOnly(2020, 3, 23)]);
        events.Select(e => e.Threat).ShouldBe([ThreatType.Abduction, ThreatType.Other, ThreatType.Other, ThreatType.MovementOfArmedGroup]);
        // Row 2 has no numeric iso: the country comes from iso3.
        events.Select(e => e.CountryIso2).ShouldAllBe(c => c == "CF");
        events.Select(e => e.CivilianTargeting).ShouldAllBe(c => c == null);
        events[0].AgainstCivilians.ShouldBeTrue();
        (events[1].SourceType, events[1].SourceSubType, events[1].Locality).ShouldBe(("Riots", "Mob violence", "Bangui-PK5"));
    }

    [Fact]
    public async Task ReadAsync_Pre2019_MapsOldTypesAndCountryByNameNotGwno()
    {
        var (events, problems) = await ReadFileAsync(_reader, "acled-pre2019.csv");

        problems.Count.ShouldBe(0);
        events.Select(e => e.Threat).ShouldBe([ThreatType.AttackOnCivilians, ThreatType.ArmedClashNearCivilians, ThreatType.ShellingOrExplosive, ThreatType.Other, ThreatType.MovementOfArmedGroup, ThreatType.Other]);
        events.Select(e => e.AgainstCivilians).ShouldBe([true, false, false, false, false, false]);
        // GWNO 482 is the Gleditsch-Ward number of the Central African Republic; ISO 3166 numeric 482 is nothing.
        events.ShouldAllBe(e => e.CountryIso2 == "CF" && e.SourceSubType == null && e.CivilianTargeting == null);
        (events[0].DateStart, events[0].Actor1, events[0].Fatalities, events[0].Admin2).ShouldBe((new DateOnly(2015, 2, 14), "Anti-Balaka", 3, "Mbaiki"));
        (events[1].DatePrecision, events[4].DatePrecision).ShouldBe((DatePrecision.Week, DatePrecision.Month));
    }

    [Fact]
    public async Task ReadAsync_Windows1252File_DecodesAccentsAndQuotes()
    {
        File.ReadAllBytes(PathOf("acled-latin1.csv")).ShouldContain((byte)0xE9, "the fixture is not UTF-8");

        var (events, problems) = await ReadFileAsync(_reader, "acled-latin1.csv");

        problems.Count.ShouldBe(0);
        (events[0].Admin1, events[0].Locality, events[0].Notes).ShouldBe(("Kémo", "Sibut, Kémo", "Attaque près de Sibut ; l’armée est arrivée après."));
        events[1].Locality.ShouldBe("Ndélé");
    }

    [Fact]
    public async Task ReadAsync_StreamThatCannotSeek_ReadsTheSame()
    {
        var bytes = File.ReadAllBytes(PathOf("acled-latin1.csv"));

        var (events, problems) = await AcledFixtures.ReadAsync(_reader, new ForwardOnlyStream(bytes), new EventFile("acled-latin1.csv"));

        problems.Count.ShouldBe(0);
        events.Select(e => e.Locality).ShouldBe(["Sibut, Kémo", "Ndélé"]);
    }

    [Fact]
    public async Task ReadAsync_BadRows_EachNamedWithRowAndColumnAndTheRestRead()
    {
        var text = string.Join('\n',
            Header,
            Row(id: "CEN1"),
            Row(id: "CEN2", date: "2020-02-30"),
            Row(id: "CEN3", latitude: "95"),
            Row(id: "CEN4", longitude: "-200"),
            Row(id: ""),
            Row(id: "CEN6", fatalities: "two"),
            Row(id: "CEN7", date: "yesterday"),
            Row(id: "CEN1"),
            Row(id: "CEN10")) + "\n";

        var (events, problems) = await ReadTextAsync(_reader, text);

        events.Select(e => e.SourceId).ShouldBe(["CEN1", "CEN10"]);
        problems.Fatal.ShouldBeFalse();
        problems.First.ShouldBe(
        [
            new ImportProblem(2, "event_date", ProblemText.DateImpossible, "2020-02-30"),
            new ImportProblem(3, "latitude", ProblemText.LatitudeRange, "95"),
            new ImportProblem(4, "longitude", ProblemText.LongitudeRange, "-200"),
            new ImportProblem(5, "event_id_cnty", ProblemText.IdMissing),
            new ImportProblem(6, "fatalities", ProblemText.FatalitiesInvalid, "two"),
            new ImportProblem(7, "event_date", ProblemText.DateInvalid, "yesterday"),
            new ImportProblem(8, "event_id_cnty", ProblemText.IdDuplicate, "CEN1"),
        ]);
    }

    [Fact]
    public async Task ReadAsync_QuotedCommaInCoordinate_IsOneBadField()
    {
        var (events, problems) = await ReadTextAsync(_reader, Header + "\n" + Row(latitude: "\"4,5\"") + "\n");

        events.ShouldBeEmpty();
        problems.First.ShouldBe([new ImportProblem(1, "latitude", ProblemText.LatitudeInvalid, "4,5")]);
    }

    [Fact]
    public async Task ReadAsync_NotAnAcledFile_OneFileProblem()
    {
        var (events, problems) = await ReadTextAsync(_reader, "id,year,type_of_violence,latitude,longitude,best\n1,2020,3,4.3,18.5,2\n");

        events.ShouldBeEmpty();
        problems.Fatal.ShouldBeTrue();
        problems.First.ShouldBe([new ImportProblem(0, "", ProblemText.AcledSchemaUnknown)]);
    }

    [Fact]
    public async Task ReadAsync_EmptyFile_FileProblem()
    {
        var (_, problems) = await ReadTextAsync(_reader, "");

        problems.First.ShouldBe([new ImportProblem(0, "", ProblemText.FileEmpty)]);
    }

    [Fact]
    public async Task ReadAsync_RequiredColumnMissing_NamesIt()
    {
        var (events, problems) = await ReadTextAsync(_reader, Header.Replace(",latitude,", ",lat,", StringComparison.Ordinal) + "\n" + Row() + "\n");

        events.ShouldBeEmpty();
        problems.Fatal.ShouldBeTrue();
        problems.First.ShouldBe([new ImportProblem(0, "latitude", ProblemText.ColumnMissing, "latitude")]);
    }

    [Fact]
    public async Task ReadAsync_TruncatedInsideQuotedNotes_ProblemAtThatRow()
    {
        var text = Header + "\n" + Row(id: "CEN1") + "\n" + Row(id: "CEN2") + "\n" + Row(id: "CEN3", notes: "\"Armed men, then") + "\nthe file ends";

        var (events, problems) = await ReadTextAsync(_reader, text);

        events.Select(e => e.SourceId).ShouldBe(["CEN1", "CEN2"]);
        problems.Fatal.ShouldBeTrue();
        problems.First.ShouldBe([new ImportProblem(3, "", ProblemText.CsvMalformed)]);
    }

    [Fact]
    public async Task ReadAsync_LongNotesAndActor_ShortenedToTheStoreColumns()
    {
        var notes = new string('n', 5000);
        var (events, problems) = await ReadTextAsync(_reader, Header + "\n" + Row(notes: notes).Replace("Armed group", new string('a', 400), StringComparison.Ordinal) + "\n");

        problems.Count.ShouldBe(0);
        events[0].Notes!.Length.ShouldBe(4000);
        events[0].Notes.ShouldEndWith("…");
        events[0].Actor1!.Length.ShouldBe(300);
    }

    [Theory]
    [InlineData("4")]
    [InlineData("day")]
    public async Task ReadAsync_TimePrecisionOutsideCodes_Reported(string value)
    {
        var (_, problems) = await ReadTextAsync(_reader, Header + "\n" + Row().Replace(",2020,1,", $",2020,{value},", StringComparison.Ordinal) + "\n");

        problems.First.ShouldBe([new ImportProblem(1, "time_precision", ProblemText.ValueInvalid, value)]);
    }

    [Fact]
    public async Task ReadAsync_UnknownCountryCode_FallsBackToTheName()
    {
        var (events, _) = await ReadTextAsync(_reader, Header + "\n" + Row().Replace(",140,Middle Africa,Central African Republic,", ",0,Middle Africa,Drc,", StringComparison.Ordinal) + "\n");

        events[0].CountryIso2.ShouldBe("CD");
    }

    [Fact]
    public async Task ReadAsync_CrLfLineEnds_ReadLikeLf()
    {
        var (events, problems) = await ReadAsync(_reader, new MemoryStream(Encoding.UTF8.GetBytes(Header + "\r\n" + Row() + "\r\n")), new EventFile("crlf.csv"));

        problems.Count.ShouldBe(0);
        (events[0].SourceId, events[0].Notes, events[0].Fatalities).ShouldBe(("CEN1", "Notes", 2));
    }

    [Fact]
    public async Task ReadAsync_QuoteNeverClosedInTheHeader_FileProblem()
    {
        var (events, problems) = await ReadTextAsync(_reader, "\"event_id_cnty,event_date\n" + Row() + "\n");

        events.ShouldBeEmpty();
        problems.First.ShouldBe([new ImportProblem(0, "", ProblemText.CsvMalformed)]);
    }

    [Fact]
    public async Task ReadAsync_QuoteNeverClosedOverMegabytes_ProblemNotException()
    {
        var text = Header + "\n" + Row(id: "CEN1") + "\n" + Row(id: "CEN2", notes: "\"unclosed") + "\n" + string.Concat(Enumerable.Repeat(Row(id: "CEN3") + "\n", 20_000));

        var (events, problems) = await AcledFixtures.ReadAsync(_reader, new ForwardOnlyStream(Encoding.UTF8.GetBytes(text)), new EventFile("big.csv"));

        events.Select(e => e.SourceId).ShouldBe(["CEN1"]);
        problems.First.ShouldBe([new ImportProblem(2, "", ProblemText.CsvMalformed)]);
    }

    [Fact]
    public async Task ReadAsync_SemicolonSeparated_ReadsAndNamesADecimalComma()
    {
        var good = Row(id: "CEN1", notes: "\"Armed men, then; more\"").Replace(',', ';');
        var frenchDecimal = Row(id: "CEN2", latitude: "4,7413").Replace(',', ';').Replace("4;7413", "4,7413", StringComparison.Ordinal);

        var (events, problems) = await ReadTextAsync(_reader, Header.Replace(',', ';') + "\n" + good + "\n" + frenchDecimal + "\n");

        (events.Single().SourceId, events.Single().Notes, events.Single().Latitude).ShouldBe(("CEN1", "Armed men; then; more", 4.7413));
        problems.First.ShouldBe([new ImportProblem(2, "latitude", ProblemText.LatitudeInvalid, "4,7413")]);
    }
}
