namespace Bluehelm.IntegrationTests.Incidents;

using static ImportTestSupport;

/// <summary>The event importer through the real command line and the real database (SQLite, and PostgreSQL in test.sh's second pass).</summary>
public sealed class ImportCliTests(BluehelmApp app) : IClassFixture<BluehelmApp>, IDisposable
{
    private const string SeededRows = "\"CountryIso2\" = 'CF' AND \"ImportId\" = (SELECT \"Id\" FROM incidents_imports WHERE \"FileName\" = 'ucdp-ged-23.1-central-african-republic.geojson')";

    private readonly string _folder = Directory.CreateTempSubdirectory("ged-import-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public async Task SeedDemo_FirstRun_ImportsTheCarExtractOnceAndTheSameFileAgainAddsNothing()
    {
        (await CountAsync(app, SeededRows)).ShouldBe(1848);
        var imports = await ImportsAsync(app);

        var again = await CliAsync(app, "import", "ged", Path.Combine(RepoPaths.ReferenceData, "ucdp-ged-23.1-central-african-republic.geojson"));

        again.Exit.ShouldBe(0, again.Err);
        again.Out.ShouldContain("Already imported");
        again.Out.ShouldContain("nothing added");
        (await CountAsync(app, SeededRows)).ShouldBe(1848);
        (await ImportsAsync(app)).ShouldBe(imports);
    }

    [Fact]
    public async Task ImportGed_NewerEditionOfTheDataset_CountsAddedUpdatedAndUnchanged()
    {
        var v1 = GedCsv(_folder, "GEDEvent_v23_1.csv", 100, firstId: 50_000_000);
        var first = await CliAsync(app, "import", "ged", v1);
        first.Exit.ShouldBe(0, first.Err);
        first.Out.ShouldStartWith("Added 100, updated 0, unchanged 0 events (GEDEvent_v23_1.csv, sha256 ");

        // The next edition: three rows revised (deaths), five new events.
        var v2 = GedCsv(_folder, "GEDEvent_v24_1.csv", 105, firstId: 50_000_000, (i, line) => i is 3 or 40 or 77 ? SetFromEnd(line, 5, "999") : line);
        var second = await CliAsync(app, "import", "ged", v2);

        second.Exit.ShouldBe(0, second.Err);
        second.Out.ShouldStartWith("Added 5, updated 3, unchanged 97 events (GEDEvent_v24_1.csv, sha256 ");
        (await CountAsync(app, "\"SourceId\" LIKE '5000____'")).ShouldBe(105);
        (await CountAsync(app, "\"SourceId\" IN ('50000002', '50000039', '50000076') AND \"Fatalities\" = 999 AND \"DatasetVersion\" = '24.1'")).ShouldBe(3);
        // Unchanged rows keep the edition that last changed them.
        (await CountAsync(app, "\"SourceId\" LIKE '5000____' AND \"DatasetVersion\" = '23.1'")).ShouldBe(97);
    }

    [Fact]
    public async Task ImportGed_OneBadRow_ImportsNothingAndNamesTheRowAndColumn()
    {
        var imports = await ImportsAsync(app);
        var path = GedCsv(_folder, "GEDEvent_v23_1_bad.csv", 50, firstId: 51_000_000, (i, line) => i == 7 ? SetLatitude(line, "95.000000") : line);

        var run = await CliAsync(app, "import", "ged", path);

        run.Exit.ShouldBe(1);
        run.Err.ShouldContain("GEDEvent_v23_1_bad.csv, row 7, column latitude: latitude.range ('95.000000')");
        run.Err.ShouldContain("1 problem(s) in GEDEvent_v23_1_bad.csv; nothing was imported.");
        (await CountAsync(app, "\"SourceId\" LIKE '5100____'")).ShouldBe(0);
        (await ImportsAsync(app)).ShouldBe(imports);
    }

    [Fact]
    public async Task ImportGed_IdRepeatedInTheFile_ImportsNothingAndNamesTheSecondRow()
    {
        var path = GedCsv(_folder, "GEDEvent_v23_1_twice.csv", 20, firstId: 52_000_000, (i, line) => i == 12 ? "52000003" + line[line.IndexOf(',', StringComparison.Ordinal)..] : line);

        var run = await CliAsync(app, "import", "ged", path);

        run.Exit.ShouldBe(1);
        run.Err.ShouldContain("row 12: id.duplicate ('52000003')");
        (await CountAsync(app, "\"SourceId\" LIKE '5200____'")).ShouldBe(0);
    }

    [Fact]
    public async Task ImportGed_VersionGivenAndFileWithoutOne_TagsTheEventsWithIt()
    {
        var path = GedCsv(_folder, "events.csv", 10, firstId: 53_000_000);

        var run = await CliAsync(app, "import", "ged", path, "--version", "24.1");

        run.Exit.ShouldBe(0, run.Err);
        (await CountAsync(app, "\"SourceId\" LIKE '5300____' AND \"DatasetVersion\" = '24.1'")).ShouldBe(10);
    }

    [Fact]
    public async Task ImportGed_MissingFileOrUnknownFormat_SaysSoAndExitsOne()
    {
        var missing = await CliAsync(app, "import", "ged", Path.Combine(_folder, "nowhere.csv"));
        missing.Exit.ShouldBe(1);
        missing.Err.ShouldContain("file not found");
    }
}
