using System.CommandLine;
using System.Globalization;
using Bluehelm.Modules.Incidents.Import;
using Bluehelm.Platform.Cli;
using Bluehelm.Platform.Data;
using Microsoft.Extensions.DependencyInjection;

namespace Bluehelm.Modules.Incidents;

/// <summary>The Incidents module's commands: <c>bluehelm import ged|acled|hxl FILE [--version V] [--dataset NAME]</c>.</summary>
internal static class IncidentsCli
{
    /// <summary>The event formats the command line offers; each runs the reader registered under that name.</summary>
    private static readonly (string Format, string Description)[] Formats =
    [
        (GedReader.Name, "Import UCDP GED conflict events (CSV or GeoJSON)."),
        ("acled", "Import ACLED conflict events (current, 2019-2021 or pre-2019 columns)."),
        ("hxl", "Import conflict events from an HXL-tagged CSV."),
    ];

    public static void Add(CliCommands cli)
    {
        var import = cli.Group("import", "Import data files.");
        foreach (var (format, description) in Formats)
        {
            import.Subcommands.Add(Command(cli, format, description));
        }
    }

    private static Command Command(CliCommands cli, string format, string description)
    {
        var file = new Argument<FileInfo>("file") { Description = "The file to import." };
        var version = new Option<string?>("--version") { Description = "Dataset version (24.1), when the file does not say it." };
        var dataset = new Option<string?>("--dataset") { Description = "Dataset name (for files that carry none, such as HXL)." };
        var command = new Command(format, description + " All rows or none; the same file twice adds nothing.") { file, version, dataset };
        command.SetAction((parse, ct) => cli.Run(
            async (sp, token) =>
            {
                var path = parse.GetValue(file)!;
                if (!path.Exists)
                {
                    throw new CliException($"file not found: {path.FullName}");
                }

                var reader = sp.GetServices<IEventFileReader>().FirstOrDefault(r => r.Format == format)
                    ?? throw new CliException($"the {format} format is not available in this build.");
                await sp.GetRequiredService<DatabaseInitializer>().MigrateAsync(token);
                var time = sp.GetRequiredService<TimeProvider>();
                var started = time.GetTimestamp();
                await using var stream = new FileStream(path.FullName, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, FileOptions.SequentialScan | FileOptions.Asynchronous);
                var report = await sp.GetRequiredService<EventImporter>().ImportAsync(
                    reader, stream, new EventFile(path.Name, parse.GetValue(version), parse.GetValue(dataset)), "cli:" + Environment.UserName, token);
                Print(cli, report, time.GetElapsedTime(started));
            },
            ct));
        return command;
    }

    private static void Print(CliCommands cli, ImportReport r, TimeSpan took)
    {
        var sha = r.Sha256[..12] + "…";
        switch (r.Outcome)
        {
            case ImportOutcome.Imported:
                cli.Out.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"Added {r.Added}, updated {r.Updated}, unchanged {r.Unchanged} events ({r.FileName}, sha256 {sha}) in {took.TotalSeconds:F2} s."));
                break;
            case ImportOutcome.AlreadyImported:
                cli.Out.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"Already imported on {r.ImportedAt:yyyy-MM-dd HH:mm} UTC ({r.FileName}, sha256 {sha}): nothing added."));
                break;
            default:
                foreach (var p in r.Problems)
                {
                    var column = p.Column.Length == 0 ? "" : ", column " + p.Column;
                    var value = p.Value is null ? "" : " ('" + p.Value + "')";
                    cli.Error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{r.FileName}, row {p.Row}{column}: {p.Code}{value}"));
                }

                if (r.ProblemCount > r.Problems.Count)
                {
                    cli.Error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"... and {r.ProblemCount - r.Problems.Count} more."));
                }

                throw new CliException(string.Create(CultureInfo.InvariantCulture, $"{r.ProblemCount} problem(s) in {r.FileName}; nothing was imported."));
        }
    }
}
