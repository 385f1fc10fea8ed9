using System.CommandLine;
using System.Globalization;
using Bluehelm.Platform.Cli;
using Bluehelm.Platform.Data;
using Microsoft.Extensions.DependencyInjection;

namespace Bluehelm.Platform.Sealing;

/// <summary><c>bluehelm sealing migrate</c> and <c>bluehelm sealing rotate</c>.</summary>
internal static class SealingCli
{
    public static void Add(CliCommands cli)
    {
        var group = cli.Group("sealing", "Sealed identity fields (reporters, victims) and their keys.");

        var migrate = new Command("migrate", "Check the sealing keys, then seal every identity field still stored in clear (as every start does).");
        migrate.SetAction((_, ct) => cli.Run(
            async (sp, token) =>
            {
                await sp.GetRequiredService<DatabaseInitializer>().MigrateAsync(token);
                var notes = await sp.GetRequiredService<SealingStartup>().RunAsync(token);
                cli.Print(notes);
                cli.Out.WriteLine("Every identity field is sealed.");
            },
            ct));
        group.Subcommands.Add(migrate);

        var rotate = new Command("rotate", "Start a new lookup key and a new Data Protection key; older keys stay, so old values still read and match.");
        rotate.SetAction((_, ct) => cli.Run(
            async (sp, token) =>
            {
                await sp.GetRequiredService<DatabaseInitializer>().MigrateAsync(token);
                await sp.GetRequiredService<SealingStartup>().VerifyKeysAsync(token);
                var sealer = sp.GetRequiredService<Sealer>();
                var (lookup, key) = sealer.Rotate();
                cli.Out.WriteLine(string.Create(CultureInfo.InvariantCulture, $"New lookup key lookup-{lookup:D4}.key and Data Protection key {key} in {sealer.Folder}."));
                cli.Out.WriteLine("Older keys are kept: never delete them while a value sealed with them may exist. Back the folder up now.");
            },
            ct));
        group.Subcommands.Add(rotate);
    }
}
