using System.CommandLine;
using System.Globalization;
using Bluehelm.Modules.EarlyWarning.Hotspots.Engine;
using Bluehelm.Modules.EarlyWarning.Hotspots.Files;
using Bluehelm.Platform.Cli;

namespace Bluehelm.Modules.EarlyWarning.Hotspots;

/// <summary>
/// <c>bluehelm hotspots --input events.csv --eps-km 10 --min-points 5 [--window-days 30] --output labels.csv</c>
/// and <c>bluehelm hotspots grid --input events.csv --from 2020-01-01 --to 2020-12-31 --output cells.csv</c>:
/// the engines of the pages on files, for tools and checks. They need no database, so they start no host.
/// </summary>
internal static class HotspotsCli
{
    internal static void Add(CliCommands cli)
    {
        var input = new Option<FileInfo>("--input") { Description = "CSV with at least id,latitude,longitude (and date, ISO 8601, with --window-days).", Required = true };
        var output = new Option<FileInfo>("--output") { Description = "CSV to write: id,cluster in input order, -1 for noise.", Required = true };
        var eps = new Option<double>("--eps-km") { Description = "Neighbourhood radius in kilometres on the great circle.", DefaultValueFactory = _ => 10 };
        var min = new Option<int>("--min-points") { Description = "Points within eps (the point itself included) that make a core point.", DefaultValueFactory = _ => 5 };
        var window = new Option<int?>("--window-days") { Description = "Space-time clusters: neighbours must also be at most this many days apart." };
        var hotspots = new Command("hotspots", "Density clusters of events (DBSCAN on great-circle distance), or Gi* grid hotspots (hotspots grid).")
        {
            input, output, eps, min, window,
        };
        hotspots.SetAction(parse => Run(cli, () =>
        {
            var parameters = new DbscanParameters(parse.GetValue(eps), parse.GetValue(min), parse.GetValue(window));
            Check(parameters);
            var result = HotspotFiles.Cluster(Existing(parse.GetValue(input)!), parse.GetValue(output)!.FullName, parameters);
            var noise = result.Labels.Count(l => l < 0);
            cli.Out.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{result.Labels.Length} events: {result.ClusterCount} clusters, {noise} noise."));
        }));

        var gridInput = new Option<FileInfo>("--input") { Description = "CSV with at least id,latitude,longitude and date (ISO 8601).", Required = true };
        var gridOutput = new Option<FileInfo>("--output") { Description = "CSV to write: gid,events,z,p for every cell of the study area, by gid.", Required = true };
        var from = new Option<string?>("--from") { Description = "First day of the period (2020-01-01), inclusive." };
        var to = new Option<string?>("--to") { Description = "Last day of the period (2020-12-31), inclusive." };
        var grid = new Command("grid", "Getis-Ord Gi* z-scores and p-values of events per PRIO-GRID cell for a period.") { gridInput, gridOutput, from, to };
        grid.SetAction(parse => Run(cli, () =>
        {
            var first = Date(parse.GetValue(from), "--from");
            var last = Date(parse.GetValue(to), "--to");
            if (first > last)
            {
                throw new CliException("--from is after --to");
            }

            var cells = HotspotFiles.Grid(Existing(parse.GetValue(gridInput)!), parse.GetValue(gridOutput)!.FullName, first, last);
            var hot = cells.Count(c => c.IsHot);
            cli.Out.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{cells.Count} cells in the study area, {hot} hot (z >= 1.96)."));
        }));
        hotspots.Subcommands.Add(grid);
        cli.Add(hotspots);
    }

    private static int Run(CliCommands cli, Action body)
    {
        try
        {
            body();
            return BluehelmCli.Ok;
        }
        catch (Exception e) when (e is CliException or HotspotFileException or IOException or UnauthorizedAccessException or InvalidDataException)
        {
            cli.Error.WriteLine("bluehelm: " + e.Message.ReplaceLineEndings(" "));
            return BluehelmCli.Failed;
        }
    }

    private static void Check(DbscanParameters parameters)
    {
        if (!double.IsFinite(parameters.EpsKm) || parameters.EpsKm <= 0)
        {
            throw new CliException("--eps-km must be a distance above 0 km");
        }

        if (parameters.MinPoints < 1)
        {
            throw new CliException("--min-points must be 1 or more");
        }

        if (parameters.WindowDays is < 0)
        {
            throw new CliException("--window-days must be 0 or more");
        }
    }

    private static string Existing(FileInfo file) =>
        file.Exists ? file.FullName : throw new CliException($"file not found: {file.FullName}");

    private static DateOnly? Date(string? text, string option) =>
        text is null ? null
        : DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day) ? day
        : throw new CliException($"{option} '{text}' is not an ISO date (2020-01-01)");
}
