using Bluehelm.Modules.Alerts.Contracts;
using Bluehelm.Modules.Incidents;
using Bluehelm.Modules.Incidents.Import;
using Bluehelm.Platform.Geo;
using static Bluehelm.Tests.Incidents.AcledFixtures;

namespace Bluehelm.Tests.Incidents;

public sealed class HxlReaderTests
{
    private readonly HxlReader _reader = new();

    [Fact]
    public async Task ReadAsync_HashtagRowOnLine2InAnyCaseAndOrder_MapsEveryField()
    {
        var (events, problems) = await ReadFileAsync(_reader, "hxl-events.csv");

        problems.Count.ShouldBe(0);
        events.Count.ShouldBe(5);
        var e = events[0];
        (e.Source, e.Dataset, e.DatasetVersion, e.RowNumber).ShouldBe((EventSource.Hxl, "hxl-events", (string?)null, 1));
        (e.DateStart, e.DateEnd, e.DatePrecision).ShouldBe((new DateOnly(2020, 3, 21), new DateOnly(2020, 3, 21), DatePrecision.Day));
        (e.Latitude, e.Longitude, e.PrioGridGid).ShouldBe((4.7413, 22.8184, PrioGrid.CellOf(4.7413, 22.8184)));
        (e.CountryIso2, e.Admin1, e.Locality).ShouldBe(("CF", "Mbomou", "Bangassou"));
        (e.Threat, e.AgainstCivilians, e.SourceType, e.SourceSubType).ShouldBe((ThreatType.AttackOnCivilians, true, "Violence against civilians", (string?)null));
        // "#affected+civilians+killed": the attributes in another order still name the civilian deaths.
        (e.Fatalities, e.CivilianDeaths).ShouldBe((2, (int?)2));
        (e.Actor1, e.Actor2, e.Notes).ShouldBe(("Unidentified Armed Group", null, "Attack on the market, Bangassou"));
        e.SourceId.ShouldStartWith("hxl-");

        // A month, a day-first date, French types, ISO2 and ISO3 codes.
        (events[1].DateStart, events[1].DateEnd, events[1].DatePrecision).ShouldBe((new DateOnly(2020, 3, 1), new DateOnly(2020, 3, 31), DatePrecision.Month));
        (events[1].Threat, events[1].AgainstCivilians, events[1].CountryIso2, events[1].CivilianDeaths).ShouldBe((ThreatType.Abduction, true, "CF", (int?)null));
        (events[1].Actor1, events[1].Actor2).ShouldBe(("UPC", "FPRC"));
        (events[2].DateStart, events[2].Threat, events[2].Fatalities, events[2].CivilianDeaths, events[2].Locality).ShouldBe((new DateOnly(2020, 3, 21), ThreatType.ArmedClashNearCivilians, 7, (int?)1, "Ndélé"));
        (events[3].DatePrecision, events[3].Threat, events[3].SourceType, events[3].CountryIso2, events[3].Fatalities).ShouldBe((DatePrecision.Year, ThreatType.Other, "Rumour", (string?)null, 0));
    }

    [Fact]
    public async Task ReadAsync_NoIdColumn_IdsStableAcrossReadsAndIdenticalRowsApart()
    {
        var (first, _) = await ReadFileAsync(_reader, "hxl-events.csv");
        var (second, _) = await ReadFileAsync(_reader, "hxl-events.csv");

        second.Select(e => e.SourceId).ShouldBe(first.Select(e => e.SourceId));
        first.Select(e => e.SourceId).Distinct().Count().ShouldBe(5);
        first[4].SourceId.ShouldBe(first[3].SourceId + "-2");
    }

    [Fact]
    public async Task ReadAsync_DatasetName_WinsOverTheFileName()
    {
        var (events, _) = await ReadFileAsync(_reader, "hxl-events.csv", new EventFile("hxl-events.csv", DatasetVersion: "3", DatasetName: "OCHA CAR incidents"));

        (events[0].Dataset, events[0].DatasetVersion).ShouldBe(("OCHA CAR incidents", "3"));
    }

    [Fact]
    public async Task ReadAsync_IdStartAndEnd_ReadAsPeriodWithThatId()
    {
        var text = "#event+id,#date+start,#date+end,#geo+lon,#geo+lat,#event+type,#event+type+sub,#org+name,#affected+killed\n"
            + "E-1,2020-03-16,2020-03-20,18.555,4.3612,Attack,Village burnt,Group A,3\n"
            + "E-2,2020-03-01,2020-03-31,18.555,4.3612,Clash,,Group B,\n";

        var (events, problems) = await ReadTextAsync(_reader, text, "incidents.csv");

        problems.Count.ShouldBe(0);
        (events[0].SourceId, events[0].DateStart, events[0].DateEnd, events[0].DatePrecision).ShouldBe(("E-1", new DateOnly(2020, 3, 16), new DateOnly(2020, 3, 20), DatePrecision.Week));
        (events[0].SourceType, events[0].SourceSubType, events[0].Threat, events[0].Actor1).ShouldBe(("Attack", "Village burnt", ThreatType.LootingOrDestruction, "Group A"));
        (events[1].SourceId, events[1].DatePrecision, events[1].Threat, events[1].Fatalities).ShouldBe(("E-2", DatePrecision.Month, ThreatType.ArmedClashNearCivilians, 0));
        (events[0].RowNumber, events[1].RowNumber).ShouldBe((1, 2));
    }

    [Fact]
    public async Task ReadAsync_NoLatLonTags_OneFileProblemNamingThem()
    {
        var (events, problems) = await ReadTextAsync(_reader, "Date,Place\n#date,#loc+name\n2020-03-21,Bria\n");

        events.ShouldBeEmpty();
        problems.Fatal.ShouldBeTrue();
        problems.First.ShouldBe([new ImportProblem(0, "", ProblemText.HxlTagMissing, "#geo+lat, #geo+lon")]);
    }

    [Fact]
    public async Task ReadAsync_NoHashtagRowInFirst25Rows_FileProblem()
    {
        var text = string.Concat(Enumerable.Range(0, 25).Select(i => $"row {i},x\n")) + "#date,#geo+lat,#geo+lon\n2020-03-21,4,18\n";

        var (events, problems) = await ReadTextAsync(_reader, text);

        events.ShouldBeEmpty();
        problems.First.ShouldBe([new ImportProblem(0, "", ProblemText.HxlHashtagsMissing)]);
    }

    [Fact]
    public async Task ReadAsync_HashtagRowOnRow25_Found()
    {
        var text = string.Concat(Enumerable.Range(0, 24).Select(i => $"row {i},x,y\n")) + "#date,#geo+lat,#geo+lon\n2020-03-21,4,18\n";

        var (events, problems) = await ReadTextAsync(_reader, text);

        problems.Count.ShouldBe(0);
        events.Single().RowNumber.ShouldBe(1);
    }

    [Fact]
    public async Task ReadAsync_BadValues_NamedByRowAndHashtag()
    {
        var text = "Title of the dataset,,,\n#date,#geo+lat,#geo+lon,#affected+killed\n"
            + "2020-03-21,4.3,18.5,1\n"
            + "2020-02-30,4.3,18.5,1\n"
            + "2020-03-21,95,18.5,1\n"
            + "2020-03-21,4.3,-200,1\n"
            + "2020-03-21,4.3,18.5,-1\n"
            + "2020-03-22,4.3,18.5,2\n";

        var (events, problems) = await ReadTextAsync(_reader, text);

        events.Select(e => e.RowNumber).ShouldBe([1, 6]);
        problems.First.ShouldBe(
        [
            new ImportProblem(2, "#date", ProblemText.DateImpossible, "2020-02-30"),
            new ImportProblem(3, "#geo+lat", ProblemText.LatitudeRange, "95"),
            new ImportProblem(4, "#geo+lon", ProblemText.LongitudeRange, "-200"),
            new ImportProblem(5, "#affected+killed", ProblemText.FatalitiesRange, "-1"),
        ]);
    }

    [Fact]
    public async Task ReadAsync_EndBeforeStart_Reported()
    {
        var (_, problems) = await ReadTextAsync(_reader, "#date+start,#date+end,#geo+lat,#geo+lon\n2020-03-21,2020-03-01,4,18\n");

        problems.First.ShouldBe([new ImportProblem(1, "#date+end", ProblemText.DateOrder, "2020-03-01")]);
    }

    [Fact]
    public async Task ReadAsync_TruncatedQuotedField_ProblemAtThatRow()
    {
        var (events, problems) = await ReadTextAsync(_reader, "#date,#geo+lat,#geo+lon,#description\n2020-03-21,4,18,ok\n2020-03-22,4,18,\"never closed\n");

        events.Count.ShouldBe(1);
        problems.Fatal.ShouldBeTrue();
        problems.First.ShouldBe([new ImportProblem(2, "", ProblemText.CsvMalformed)]);
    }

    [Fact]
    public async Task ReadAsync_DuplicateEventId_Reported()
    {
        var (_, problems) = await ReadTextAsync(_reader, "#event+id,#date,#geo+lat,#geo+lon\nA,2020-03-21,4,18\nA,2020-03-22,4,18\n");

        problems.First.ShouldBe([new ImportProblem(2, "#event+id", ProblemText.IdDuplicate, "A")]);
    }

    [Fact]
    public async Task ReadAsync_TitleRowWithSemicolon_StillCommaSeparated()
    {
        var (events, problems) = await ReadTextAsync(_reader, "Incidents; source OCHA\nDate,Lat,Lon\n#date,#geo+lat,#geo+lon\n2020-03-21,4.3612,18.555\n");

        problems.Count.ShouldBe(0);
        (events.Single().Latitude, events.Single().Longitude).ShouldBe((4.3612, 18.555));
    }
}
