using System.Globalization;
using Bluehelm.Modules.EarlyWarning.Hotspots.Engine;
using Bluehelm.Platform.Cli;

namespace Bluehelm.Tests.Hotspots;

/// <summary><c>bluehelm hotspots</c> and <c>bluehelm hotspots grid</c> end to end, on files in a temporary folder.</summary>
public sealed class HotspotsCliTests : IDisposable
{
    private readonly DirectoryInfo _dir = Directory.CreateTempSubdirectory("bluehelm-hotspots-cli-");

    public void Dispose() => _dir.Delete(recursive: true);

    [Fact]
    public async Task Hotspots_EventsFile_WritesIdAndClusterInInputOrder()
    {
        // Six events in Bangui within 2 km, one in Bria (far), extra columns and a quoted id with a comma.
        var input = Write("events.csv", """
            id,latitude,longitude,date,notes
            a,4.3612,18.5550,2020-01-01,x
            b,4.3650,18.5600,2020-01-02,y
            "c,1",4.3700,18.5500,2020-01-03,z
            d,4.3600,18.5650,2020-01-04,
            e,4.3680,18.5620,2020-01-05,
            bria,6.5420,21.9860,2020-01-06,
            f,4.3640,18.5580,2020-01-07,
            """);

        var (code, stdout, stderr) = await Cli("hotspots", "--input", input, "--eps-km", "10", "--min-points", "5", "--output", Path.Combine(_dir.FullName, "labels.csv"));

        stderr.ShouldBeEmpty();
        code.ShouldBe(BluehelmCli.Ok);
        stdout.ShouldContain("7 events: 1 clusters, 1 noise.");
        File.ReadAllText(Path.Combine(_dir.FullName, "labels.csv")).ReplaceLineEndings("\n")
            .ShouldBe("id,cluster\na,0\nb,0\n\"c,1\",0\nd,0\ne,0\nbria,-1\nf,0\n");
    }

    [Fact]
    public async Task Hotspots_WindowDays_SplitsClustersInTime()
    {
        var rows = string.Join('\n', Enumerable.Range(0, 10).Select(i =>
            string.Create(CultureInfo.InvariantCulture, $"e{i},4.36,18.55,{new DateOnly(2020, 1, 1).AddDays(i < 5 ? i : 100 + i):yyyy-MM-dd}")));
        var input = Write("events.csv", "id,latitude,longitude,date\n" + rows + "\n");
        var output = Path.Combine(_dir.FullName, "labels.csv");

        var (code, _, stderr) = await Cli("hotspots", "--input", input, "--eps-km", "10", "--min-points", "5", "--window-days", "30", "--output", output);

        stderr.ShouldBeEmpty();
        code.ShouldBe(BluehelmCli.Ok);
        File.ReadAllLines(output).Skip(1).Select(l => l.Split(',')[1]).ShouldBe(["0", "0", "0", "0", "0", "1", "1", "1", "1", "1"]);
    }

    [Theory]
    [InlineData("id,lat,longitude\na,4.3,18.5\n", "no 'latitude' column")]
    [InlineData("id,latitude,longitude\na,4.3,18.5\nb,4,3,18.5\n", "events.csv, line 3, column *: the row does not have the header's 3 columns")]
    [InlineData("id,latitude,longitude\na,4.3,18.5\nb,95,18.5\n", "events.csv, line 3, column latitude: '95' is not a latitude")]
    [InlineData("id,latitude,longitude\na,4.3,18.5\nb,4.3,east\n", "events.csv, line 3, column longitude: 'east' is not a number")]
    [InlineData("id,latitude,longitude\na,\"4,3\",18.5\n", "events.csv, line 2, column latitude: '4,3' is not a number")]
    public async Task Hotspots_BadInput_OneLineNamingLineAndColumnExit1(string csv, string message)
    {
        var input = Write("events.csv", csv);

        var (code, _, stderr) = await Cli("hotspots", "--input", input, "--eps-km", "10", "--min-points", "5", "--output", Path.Combine(_dir.FullName, "labels.csv"));

        code.ShouldBe(BluehelmCli.Failed);
        stderr.ShouldContain(message);
        stderr.Trim().Split('\n').Length.ShouldBe(1);
    }

    [Fact]
    public async Task Hotspots_WindowWithoutDates_SaysTheDateColumnIsMissing()
    {
        var input = Write("events.csv", "id,latitude,longitude\na,4.3,18.5\n");

        var (code, _, stderr) = await Cli("hotspots", "--input", input, "--window-days", "30", "--output", Path.Combine(_dir.FullName, "labels.csv"));

        code.ShouldBe(BluehelmCli.Failed);
        stderr.ShouldContain("no 'date' column");
    }

    [Fact]
    public async Task HotspotsGrid_EventsFile_WritesEveryCellOfTheStudyAreaByGid()
    {
        // 2019 events are outside the period and left out: the study area is around the 2020 ones only.
        var input = Write("events.csv", """
            id,latitude,longitude,date
            a,4.36,18.55,2020-02-01
            b,4.37,18.56,2020-03-01
            c,4.80,19.20,2020-12-31
            old,10.0,22.0,2019-12-31
            """);
        var output = Path.Combine(_dir.FullName, "cells.csv");

        var (code, stdout, stderr) = await Cli("hotspots", "grid", "--input", input, "--from", "2020-01-01", "--to", "2020-12-31", "--output", output);

        stderr.ShouldBeEmpty();
        code.ShouldBe(BluehelmCli.Ok);
        var lines = File.ReadAllLines(output);
        lines[0].ShouldBe("gid,events,z,p");
        // Cells: rows 189 and 190, columns 398 and 399; grown by one: 4 x 4 = 16 cells.
        lines.Length.ShouldBe(1 + 16);
        stdout.ShouldContain("16 cells in the study area");
        var rows = lines.Skip(1).Select(l => l.Split(',')).ToList();
        rows.Select(r => int.Parse(r[0], CultureInfo.InvariantCulture)).ShouldBe(rows.Select(r => int.Parse(r[0], CultureInfo.InvariantCulture)).Order());
        rows.Sum(r => int.Parse(r[1], CultureInfo.InvariantCulture)).ShouldBe(3);
        var bangui = rows.Single(r => r[0] == "135758");
        bangui[1].ShouldBe("2");
        var expected = GetisOrd.Compute([135758, 135758, StudyArea.GidOf(190, 399)]).Single(c => c.Gid == 135758);
        double.Parse(bangui[2], CultureInfo.InvariantCulture).ShouldBe(expected.Z);
        double.Parse(bangui[3], CultureInfo.InvariantCulture).ShouldBe(expected.P);
    }

    [Fact]
    public async Task HotspotsGrid_BadDate_NamesTheLine()
    {
        var input = Write("events.csv", "id,latitude,longitude,date\na,4.36,18.55,2020-02-01\nb,4.36,18.55,21/03/2020\n");

        var (code, _, stderr) = await Cli("hotspots", "grid", "--input", input, "--from", "2020-01-01", "--to", "2020-12-31", "--output", Path.Combine(_dir.FullName, "cells.csv"));

        code.ShouldBe(BluehelmCli.Failed);
        stderr.ShouldContain("events.csv, line 3, column date: '21/03/2020' is not an ISO date");
    }

    private string Write(string name, string text)
    {
        var path = Path.Combine(_dir.FullName, name);
        File.WriteAllText(path, text.ReplaceLineEndings("\n"));
        return path;
    }

    private static async Task<(int Code, string Stdout, string Stderr)> Cli(params string[] args)
    {
        using var stdout = new StringWriter(CultureInfo.InvariantCulture);
        using var stderr = new StringWriter(CultureInfo.InvariantCulture);
        var code = await BluehelmCli.RunAsync(BluehelmModules.All, args, stdout, stderr, TextReader.Null);
        return (code, stdout.ToString(), stderr.ToString());
    }
}
