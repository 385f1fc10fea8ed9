using System.CommandLine;
using System.Globalization;
using Bluehelm.Platform.Cli;
using Bluehelm.Platform.Data;
using Bluehelm.Platform.Modules;
using Microsoft.Extensions.DependencyInjection;

namespace Bluehelm.Modules.Conduct.PublicTable;

/// <summary><c>bluehelm import conduct-table &lt;file.xlsx&gt;</c>.</summary>
internal static class PublicTableCli
{
    public static void Add(CliCommands cli)
    {
        var import = cli.Group("import", "Import data files.");
        var file = new Argument<FileInfo>("file") { Description = "The table of allegations (.xlsx) as the UN publishes it." };
        var command = new Command("conduct-table", "Import the UN's table of allegations of sexual exploitation and abuse. All rows or none; the same file twice adds nothing; a later edition updates what changed.") { file };
        command.SetAction((parse, ct) => cli.Run(
            async (sp, token) =>
            {
                var path = parse.GetValue(file)!;
                if (!path.Exists)
                {
                    throw new CliException($"file not found: {path.FullName}");
                }

                await sp.GetRequiredService<DatabaseInitializer>().MigrateAsync(token);
                await sp.GetRequiredService<ModuleCatalog>().Modules.OfType<ConductModule>().Single().InitializeAsync(sp, token);
                await using var stream = new FileStream(path.FullName, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, FileOptions.Asynchronous);
                Print(cli, await sp.GetRequiredService<ImportTable>().ImportAsync(stream, path.Name, token));
            },
            ct));
        import.Subcommands.Add(command);
    }

    private static void Print(CliCommands cli, TableImportReport r)
    {
        if (r.Ok)
        {
            cli.Out.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"Added {r.Added}, updated {r.Updated}, unchanged {r.Unchanged} allegations ({r.FileName}, {r.Rows} rows, sha256 {r.Sha256[..12]}…)."));
            cli.Out.WriteLine(r.MissionsAdded.Count == 0
                ? "Missions added: none."
                : string.Create(CultureInfo.InvariantCulture, $"Missions added ({r.MissionsAdded.Count}): {string.Join(", ", r.MissionsAdded)}."));
            return;
        }

        foreach (var p in r.Problems)
        {
            var where = p.Row == 0 ? "" : string.Create(CultureInfo.InvariantCulture, $", row {p.Row}");
            var column = p.Column.Length == 0 ? "" : ", column " + p.Column;
            var value = string.IsNullOrEmpty(p.Value) ? "" : " ('" + p.Value + "')";
            cli.Error.WriteLine($"{r.FileName}{where}{column}: {p.Code}{value}");
        }

        if (r.ProblemCount > r.Problems.Count)
        {
            cli.Error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"... and {r.ProblemCount - r.Problems.Count} more."));
        }

        throw new CliException(string.Create(CultureInfo.InvariantCulture, $"{r.ProblemCount} problem(s) in {r.FileName}; nothing was imported."));
    }
}
