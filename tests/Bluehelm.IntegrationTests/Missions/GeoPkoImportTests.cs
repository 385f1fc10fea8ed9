using Bluehelm.Cli;
using Bluehelm.Platform.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Bluehelm.IntegrationTests.Missions;

/// <summary>The Geo-PKO importer through the real command line, on the real shared data.</summary>
public sealed class GeoPkoImportTests(BluehelmApp app) : IClassFixture<BluehelmApp>
{
    private async Task<(int Exit, string Out, string Err)> Cli(params string[] args)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var exit = await CliApp.RunAsync(args, stdout, stderr, TextReader.Null, app.Settings);
        return (exit, stdout.ToString(), stderr.ToString());
    }

    private async Task<(int Missions, int Sites, int Deployments, int UnitTypes, int Contributors, int Strength)> Counts()
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<BluehelmDbContext>();
        return (
            // Missions with deployment sites: the demo's UN table of allegations also adds missions Geo-PKO does not hold.
            await db.Database.SqlQueryRaw<int>("SELECT COUNT(DISTINCT \"MissionId\") AS \"Value\" FROM missions_sites").SingleAsync(),
            await db.Database.SqlQueryRaw<int>("SELECT COUNT(*) AS \"Value\" FROM missions_sites").SingleAsync(),
            await db.Database.SqlQueryRaw<int>("SELECT COUNT(*) AS \"Value\" FROM missions_site_deployments").SingleAsync(),
            await db.Database.SqlQueryRaw<int>("SELECT COUNT(*) AS \"Value\" FROM missions_site_unit_types").SingleAsync(),
            await db.Database.SqlQueryRaw<int>("SELECT COUNT(*) AS \"Value\" FROM missions_site_contributors").SingleAsync(),
            await db.Database.SqlQueryRaw<int>("SELECT COUNT(*) AS \"Value\" FROM missions_strength").SingleAsync());
    }

    /// <summary>Copies the four shared files into a fresh folder, optionally replacing one line of one file.</summary>
    private static string CopyShared(string? file = null, int line = 0, Func<string, string>? edit = null)
    {
        var dir = Directory.CreateTempSubdirectory("geopko-").FullName;
        foreach (var path in Directory.EnumerateFiles(RepoPaths.ReferenceData, "*.csv"))
        {
            var lines = File.ReadAllLines(path);
            if (file is not null && Path.GetFileName(path).Contains(file, StringComparison.Ordinal))
            {
                lines[line - 1] = edit!(lines[line - 1]);
            }

            File.WriteAllLines(Path.Combine(dir, Path.GetFileName(path)), lines);
        }

        return dir;
    }

    [Fact]
    public async Task ImportGeoPko_WholeDataSetThenAgain_CountsMatchSourceAndReimportChangesNothing()
    {
        var first = await Cli("import", "geo-pko", RepoPaths.ReferenceData);
        first.Exit.ShouldBe(0, first.Err);
        var afterFirst = await Counts();

        var second = await Cli("import", "geo-pko", RepoPaths.ReferenceData);
        second.Exit.ShouldBe(0, second.Err);
        var afterSecond = await Counts();

        // Geo-PKO v2.3: 52 missions with sites, 1,417 sites, 8,783 map entries, 7,372 unit-type entries,
        // 8,756 distinct contributors per site and year; IPI: 4,618 months of those missions.
        afterFirst.ShouldBe((52, 1417, 8783, 7372, 8756, 4618));
        afterSecond.ShouldBe(afterFirst);
        second.Out.ShouldContain("(0 new, 0 updated)");
    }

    [Fact]
    public async Task ImportGeoPko_BadLatitude_ReportsFileLineAndProblemAndImportsNothing()
    {
        var dir = CopyShared("FrontMap", 100, l =>
        {
            var f = l.Split(',');
            f[4] = "95.5";
            return string.Join(',', f);
        });
        var before = await Counts();

        var result = await Cli("import", "geo-pko", dir);

        result.Exit.ShouldBe(1);
        result.Err.ShouldContain("geo-pko-2.3-FrontMap_v.2.3.csv, line 100");
        result.Err.ShouldContain("latitude");
        result.Err.Trim().Split('\n').Length.ShouldBe(1);
        (await Counts()).ShouldBe(before);
    }

    [Fact]
    public async Task ImportGeoPko_BadFileAfterGoodOnes_LeavesExistingDataAsItWas()
    {
        // The contributors file is checked after the deployment file parses fine: still nothing is written.
        var dir = CopyShared("TCCMap", 2000, l => "\"unterminated," + l);
        var before = await Counts();

        var result = await Cli("import", "geo-pko", dir);

        result.Exit.ShouldBe(1);
        result.Err.ShouldContain("geo-pko-2.3-TCCMap_v.2.3.csv, line");
        (await Counts()).ShouldBe(before);
    }

    [Fact]
    public async Task ImportGeoPko_MissingColumn_ReportsLine1()
    {
        var dir = CopyShared("TTMap", 1, l => l.Replace("riv,", "river,", StringComparison.Ordinal));

        var result = await Cli("import", "geo-pko", dir);

        result.Exit.ShouldBe(1);
        result.Err.ShouldContain("geo-pko-2.3-TTMap_v.2.3.csv, line 1: missing column(s) riv");
    }

    [Fact]
    public async Task ImportGeoPko_MissingFolder_FailsWithOneLine()
    {
        var result = await Cli("import", "geo-pko", "/nonexistent/geo-pko");

        result.Exit.ShouldBe(1);
        result.Err.ShouldStartWith("bluehelm: folder not found");
    }
}
