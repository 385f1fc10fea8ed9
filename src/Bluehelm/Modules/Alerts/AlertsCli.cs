using System.CommandLine;
using System.Globalization;
using System.Security.Claims;
using Bluehelm.Modules.Missions.Contracts;
using Bluehelm.Platform.Cli;
using Bluehelm.Platform.Data;
using Bluehelm.Platform.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace Bluehelm.Modules.Alerts;

/// <summary>The Alerts module's commands: <c>bluehelm alerts import|escalate</c> and <c>bluehelm gateway add</c>.</summary>
internal static class AlertsCli
{
    public static void Add(CliCommands cli)
    {
        var alerts = new Command("alerts", "Early warning and response.");
        alerts.Subcommands.Add(Import(cli));
        alerts.Subcommands.Add(Escalate(cli));
        cli.Add(alerts);

        var gateway = new Command("gateway", "SMS gateways.");
        gateway.Subcommands.Add(AddGateway(cli));
        cli.Add(gateway);
    }

    private static Command Import(CliCommands cli)
    {
        var file = new Argument<FileInfo>("file") { Description = "CSV file; columns are matched by header (English, French or HXL tags)." };
        var mission = new Option<string?>("--mission") { Description = "Mission for rows without a mission column." };
        var import = new Command("import", "Import alerts from CSV: every row is checked first; all rows are imported or none.") { file, mission };
        import.SetAction((parse, ct) => cli.Run(
            async (sp, token) =>
            {
                var path = parse.GetValue(file)!;
                if (!path.Exists)
                {
                    throw new CliException($"file not found: {path.FullName}");
                }

                await sp.GetRequiredService<DatabaseInitializer>().MigrateAsync(token);
                await using var stream = path.OpenRead();
                // The command line acts as a local administrator.
                var local = new ClaimsPrincipal(new ClaimsIdentity([new Claim(ClaimTypes.Role, Roles.Admin)], "cli", ClaimTypes.Name, ClaimTypes.Role));
                var result = await sp.GetRequiredService<AlertCsv>().ImportAsync(path.Name, stream, parse.GetValue(mission), local, new Actor(null, "cli:" + Environment.UserName), token);
                if (result.Errors.Count > 0)
                {
                    foreach (var e in result.Errors.Take(50))
                    {
                        cli.Error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{path.Name}, line {e.Line}, {e.Column}: {e.Code}{(e.Value is null ? "" : " ('" + e.Value + "')")}"));
                    }

                    throw new CliException($"{result.Errors.Count.ToString(CultureInfo.InvariantCulture)} problem(s); nothing was imported.");
                }

                cli.Out.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Imported {result.Imported} alerts."));
            },
            ct));
        return import;
    }

    private static Command Escalate(CliCommands cli)
    {
        var escalate = new Command("escalate", "Mark overdue alerts and notify their JOC now (the web host does it every minute).");
        escalate.SetAction((_, ct) => cli.Run(
            async (sp, token) =>
            {
                var count = await sp.GetRequiredService<EscalateOverdueAlerts>().RunAsync(token);
                cli.Out.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Escalated {count} alerts."));
            },
            ct));
        return escalate;
    }

    private static Command AddGateway(CliCommands cli)
    {
        var mission = new Option<string>("--mission") { Description = "Mission whose alerts the gateway posts.", Required = true };
        var name = new Option<string>("--name") { Description = "A name for the gateway (rapidpro-bangui).", Required = true };
        var add = new Command("add", "Register an SMS gateway; its secret is printed once.") { mission, name };
        add.SetAction((parse, ct) => cli.Run(
            async (sp, token) =>
            {
                await sp.GetRequiredService<DatabaseInitializer>().MigrateAsync(token);
                var code = parse.GetValue(mission)!;
                var found = await sp.GetRequiredService<IMissionDirectory>().FindAsync(code, token)
                    ?? throw new CliException($"unknown mission '{code}'.");
                var secret = Convert.ToBase64String(System.Security.Cryptography.RandomNumberGenerator.GetBytes(32)).TrimEnd('=').Replace('+', '-').Replace('/', '_');
                var db = sp.GetRequiredService<BluehelmDbContext>();
                db.Add(new SmsGateway { MissionId = found.Id, Name = parse.GetValue(name)!.Trim(), SecretHash = SmsIntake.HashSecret(secret) });
                await db.SaveChangesAsync(token);
                cli.Out.WriteLine("Gateway registered. Post to /api/v1/alerts/sms with header 'Authorization: Bearer <secret>'.");
                cli.Out.WriteLine("Secret (shown once): " + secret);
            },
            ct));
        return add;
    }
}
