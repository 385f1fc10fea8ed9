using System.CommandLine;
using System.Globalization;
using Bluehelm.Platform.Cli;
using Microsoft.Extensions.DependencyInjection;

namespace Bluehelm.Modules.Conduct.Deadlines;

/// <summary><c>bluehelm conduct deadlines</c>: the deadline job's body, run once.</summary>
internal static class DeadlinesCli
{
    public static void Add(CliCommands cli)
    {
        var deadlines = new Command("deadlines", "Store every open conduct case's deadlines as of today and flag the overdue ones now (the web host does it every 15 minutes).");
        deadlines.SetAction((_, ct) => cli.Run(
            async (sp, token) =>
            {
                var r = await sp.GetRequiredService<FlagOverdueCases>().RunAsync(token);
                cli.Out.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"Checked {r.Checked} cases, updated {r.Changed}: {r.InvestigationsOverdue} investigations overdue, {r.ReferralsOverdue} referrals overdue."));
                if (r.Conflicts > 0)
                {
                    cli.Out.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{r.Conflicts} cases changed meanwhile; run again to include them."));
                }
            },
            ct));
        cli.Group("conduct", "Conduct and discipline: sexual exploitation and abuse cases.").Subcommands.Add(deadlines);
    }
}
