using System.CommandLine;
using System.Globalization;
using Bluehelm.Modules.Missions.Import;
using Bluehelm.Platform.Cli;
using Bluehelm.Platform.Data;
using Microsoft.Extensions.DependencyInjection;

namespace Bluehelm.Modules.Missions;

/// <summary>The Missions module's commands: <c>bluehelm import geo-pko DIR</c>.</summary>
internal static class MissionsCli
{
    public static void Add(CliCommands cli)
    {
        var dir = new Argument<DirectoryInfo>("dir") { Description = "Folder with the Geo-PKO v2.3 CSV files (*FrontMap*, *TCCMap*, *TTMap*) and optionally the IPI monthly file." };
        var mission = new Option<string?>("--mission") { Description = "Import only this mission (e.g. MINUSCA)." };
        var geoPko = new Command("geo-pko", "Import Geo-PKO deployment sites (and IPI strength). All files are checked before anything is written.") { dir, mission };
        geoPko.SetAction((parse, ct) => cli.Run(
            async (sp, token) =>
            {
                var folder = parse.GetValue(dir)!;
                if (!folder.Exists)
                {
                    throw new CliException($"folder not found: {folder.FullName}");
                }

                await sp.GetRequiredService<DatabaseInitializer>().InitializeAsync(seedDemo: false, token);
                var r = await sp.GetRequiredService<GeoPkoImporter>().ImportAsync(GeoPkoFiles.FromDirectory(folder.FullName), parse.GetValue(mission), token);
                cli.Out.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"Imported {r.Missions} missions, {r.Sites} sites, {r.Deployments} deployment entries, {r.UnitTypes} unit-type entries, {r.Contributors} contributor entries, {r.StrengthMonths} strength months ({r.Created} new, {r.Updated} updated)."));
            },
            ct));
        cli.Group("import", "Import data files.").Subcommands.Add(geoPko);
    }
}
