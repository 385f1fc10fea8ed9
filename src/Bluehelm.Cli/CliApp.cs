using System.CommandLine;
using System.Globalization;
using Bluehelm.Modules.Alerts;
using Bluehelm.Modules.Missions;
using Bluehelm.Modules.Missions.Import;
using Bluehelm.Platform.Csv;
using Bluehelm.Platform.Audit;
using Bluehelm.Platform.Data;
using Bluehelm.Platform.Hosting;
using Bluehelm.Platform.Identity;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Bluehelm.Cli;

/// <summary>
/// The <c>bluehelm</c> command line. It uses the same configuration as the web host (environment
/// variables such as <c>Bluehelm__Database__Provider</c>), so it works on the same database.
/// Every failure is one line on standard error and a non-zero exit code.
/// </summary>
public static class CliApp
{
    public const int Ok = 0;
    public const int Failed = 1;
    public const int Usage = 2;

    public static async Task<int> RunAsync(string[] args, TextWriter stdout, TextWriter stderr, TextReader stdin, IDictionary<string, string?>? settings = null)
    {
        var root = new RootCommand("Bluehelm: protection of civilians in UN peacekeeping. Command line for administrators.");
        root.Subcommands.Add(DbCommand(stdout, stderr, settings));
        root.Subcommands.Add(SeedCommand(stdout, stderr, settings));
        root.Subcommands.Add(UserCommand(stdout, stderr, stdin, settings));
        root.Subcommands.Add(ImportCommand(stdout, stderr, settings));
        root.Subcommands.Add(AlertsCommand(stdout, stderr, settings));
        root.Subcommands.Add(GatewayCommand(stdout, stderr, settings));

        var parse = root.Parse(args);
        if (parse.Errors.Count > 0)
        {
            stderr.WriteLine("bluehelm: " + parse.Errors[0].Message + " (see 'bluehelm --help')");
            return Usage;
        }

        return await parse.InvokeAsync(new InvocationConfiguration { Output = stdout, Error = stderr });
    }

    private static Command DbCommand(TextWriter stdout, TextWriter stderr, IDictionary<string, string?>? settings)
    {
        var migrate = new Command("migrate", "Create or upgrade the database schema (and reference data).");
        migrate.SetAction((_, ct) => Run(stderr, settings, async sp =>
        {
            await sp.GetRequiredService<DatabaseInitializer>().InitializeAsync(seedDemo: false, ct);
            Print(stdout, sp.GetRequiredService<DatabaseInitializer>().ConsoleNotes);
            stdout.WriteLine("Database is up to date.");
        }));
        var db = new Command("db", "Database maintenance.");
        db.Subcommands.Add(migrate);
        return db;
    }

    private static Command SeedCommand(TextWriter stdout, TextWriter stderr, IDictionary<string, string?>? settings)
    {
        var demo = new Command("demo", "Seed the demo mission (MINUSCA) and one demo user per role; running it again changes nothing.");
        demo.SetAction((_, ct) => Run(stderr, settings, async sp =>
        {
            var init = sp.GetRequiredService<DatabaseInitializer>();
            await init.InitializeAsync(seedDemo: true, ct);
            Print(stdout, init.ConsoleNotes);
            stdout.WriteLine("Demo mission MINUSCA is seeded.");
        }));
        var seed = new Command("seed", "Seed data.");
        seed.Subcommands.Add(demo);
        return seed;
    }

    private static Command UserCommand(TextWriter stdout, TextWriter stderr, TextReader stdin, IDictionary<string, string?>? settings)
    {
        var email = new Option<string>("--email") { Description = "E-mail address (also the user name).", Required = true };
        var role = new Option<string>("--role") { Description = "One of: " + string.Join(", ", Roles.All), Required = true };
        var scope = new Option<string[]>("--scope") { Description = "mission:CODE or state:ISO2; repeat for several missions.", AllowMultipleArgumentsPerToken = true };
        var name = new Option<string?>("--name") { Description = "Display name." };
        var passwordStdin = new Option<bool>("--password-stdin") { Description = "Read the password from standard input (else one is generated and printed once)." };
        var add = new Command("add", "Create a user with a role and scopes.") { email, role, scope, name, passwordStdin };
        add.SetAction((parse, ct) => Run(stderr, settings, async sp =>
        {
            string? password = null;
            if (parse.GetValue(passwordStdin))
            {
                password = (await stdin.ReadLineAsync(ct))?.TrimEnd('\r', '\n');
                if (string.IsNullOrEmpty(password))
                {
                    throw new CliException("no password on standard input.");
                }
            }

            await sp.GetRequiredService<DatabaseInitializer>().MigrateAsync(ct);
            var admin = sp.GetRequiredService<UserAdmin>();
            await admin.EnsureRolesAsync();
            var created = await admin.CreateAsync(parse.GetValue(email)!, password, parse.GetValue(role)!, parse.GetValue(scope) ?? [], parse.GetValue(name));
            stdout.WriteLine($"Created {created.Email} ({parse.GetValue(role)}).");
            if (created.GeneratedPassword is { } generated)
            {
                stdout.WriteLine("Password (shown once): " + generated);
            }
        }));
        var user = new Command("user", "User administration.");
        user.Subcommands.Add(add);
        return user;
    }

    private static Command ImportCommand(TextWriter stdout, TextWriter stderr, IDictionary<string, string?>? settings)
    {
        var dir = new Argument<DirectoryInfo>("dir") { Description = "Folder with the Geo-PKO v2.3 CSV files (*FrontMap*, *TCCMap*, *TTMap*) and optionally the IPI monthly file." };
        var mission = new Option<string?>("--mission") { Description = "Import only this mission (e.g. MINUSCA)." };
        var geoPko = new Command("geo-pko", "Import Geo-PKO deployment sites (and IPI strength). All files are checked before anything is written.") { dir, mission };
        geoPko.SetAction((parse, ct) => Run(stderr, settings, async sp =>
        {
            var folder = parse.GetValue(dir)!;
            if (!folder.Exists)
            {
                throw new CliException($"folder not found: {folder.FullName}");
            }

            await sp.GetRequiredService<DatabaseInitializer>().InitializeAsync(seedDemo: false, ct);
            var r = await MissionsModule.ImportGeoPkoAsync(sp, folder.FullName, parse.GetValue(mission), ct);
            stdout.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"Imported {r.Missions} missions, {r.Sites} sites, {r.Deployments} deployment entries, {r.UnitTypes} unit-type entries, {r.Contributors} contributor entries, {r.StrengthMonths} strength months ({r.Created} new, {r.Updated} updated)."));
        }));
        var import = new Command("import", "Import data files.");
        import.Subcommands.Add(geoPko);
        return import;
    }

    private static Command AlertsCommand(TextWriter stdout, TextWriter stderr, IDictionary<string, string?>? settings)
    {
        var file = new Argument<FileInfo>("file") { Description = "CSV file; columns are matched by header (English, French or HXL tags)." };
        var mission = new Option<string?>("--mission") { Description = "Mission for rows without a mission column." };
        var import = new Command("import", "Import alerts from CSV: every row is checked first; all rows are imported or none.") { file, mission };
        import.SetAction((parse, ct) => Run(stderr, settings, async sp =>
        {
            var path = parse.GetValue(file)!;
            if (!path.Exists)
            {
                throw new CliException($"file not found: {path.FullName}");
            }

            await sp.GetRequiredService<DatabaseInitializer>().MigrateAsync(ct);
            await using var stream = path.OpenRead();
            var result = await AlertsModule.ImportCsvAsync(sp, path.Name, stream, parse.GetValue(mission), ct);
            if (result.Errors.Count > 0)
            {
                foreach (var e in result.Errors.Take(50))
                {
                    stderr.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{path.Name}, line {e.Line}, {e.Column}: {e.Code}{(e.Value is null ? "" : " ('" + e.Value + "')")}"));
                }

                throw new CliException($"{result.Errors.Count.ToString(CultureInfo.InvariantCulture)} problem(s); nothing was imported.");
            }

            stdout.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Imported {result.Imported} alerts."));
        }));

        var escalate = new Command("escalate", "Mark overdue alerts and notify their JOC now (the web host does it every minute).");
        escalate.SetAction((_, ct) => Run(stderr, settings, async sp =>
        {
            var count = await AlertsModule.EscalateAsync(sp, ct);
            stdout.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Escalated {count} alerts."));
        }));

        var alerts = new Command("alerts", "Early warning and response.");
        alerts.Subcommands.Add(import);
        alerts.Subcommands.Add(escalate);
        return alerts;
    }

    private static Command GatewayCommand(TextWriter stdout, TextWriter stderr, IDictionary<string, string?>? settings)
    {
        var mission = new Option<string>("--mission") { Description = "Mission whose alerts the gateway posts.", Required = true };
        var name = new Option<string>("--name") { Description = "A name for the gateway (rapidpro-bangui).", Required = true };
        var add = new Command("add", "Register an SMS gateway; its secret is printed once.") { mission, name };
        add.SetAction((parse, ct) => Run(stderr, settings, async sp =>
        {
            await sp.GetRequiredService<DatabaseInitializer>().MigrateAsync(ct);
            var secret = await AlertsModule.AddGatewayAsync(sp, parse.GetValue(mission)!, parse.GetValue(name)!, ct)
                ?? throw new CliException($"unknown mission '{parse.GetValue(mission)}'.");
            stdout.WriteLine("Gateway registered. Post to /api/v1/alerts/sms with header 'Authorization: Bearer <secret>'.");
            stdout.WriteLine("Secret (shown once): " + secret);
        }));
        var gateway = new Command("gateway", "SMS gateways.");
        gateway.Subcommands.Add(add);
        return gateway;
    }

    private static async Task<int> Run(TextWriter stderr, IDictionary<string, string?>? settings, Func<IServiceProvider, Task> body)
    {
        try
        {
            using var host = BuildHost(settings);
            await using var scope = host.Services.CreateAsyncScope();
            var audit = scope.ServiceProvider.GetRequiredService<AuditContext>();
            audit.Actor = "cli:" + Environment.UserName;
            audit.Origin = "cli";
            await body(scope.ServiceProvider);
            return Ok;
        }
        catch (CliException ex)
        {
            stderr.WriteLine("bluehelm: " + ex.Message);
            return Failed;
        }
        catch (ImportFileException ex)
        {
            stderr.WriteLine($"bluehelm: {ex.FileName}, line {ex.Line.ToString(CultureInfo.InvariantCulture)}: {ex.Problem}. Nothing was imported.");
            return Failed;
        }
        catch (UserAdminException ex)
        {
            stderr.WriteLine("bluehelm: " + ex.Message);
            return Failed;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or InvalidOperationException or System.Data.Common.DbException)
        {
            stderr.WriteLine("bluehelm: " + ex.Message.ReplaceLineEndings(" "));
            return Failed;
        }
    }

    private static IHost BuildHost(IDictionary<string, string?>? settings)
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true });
        builder.Configuration.AddEnvironmentVariables();
        if (settings is not null)
        {
            builder.Configuration.AddInMemoryCollection(settings);
        }

        builder.Logging.ClearProviders();
        builder.Services.AddBluehelmCore(builder.Configuration);
        return builder.Build();
    }

    private static void Print(TextWriter stdout, IEnumerable<string> lines)
    {
        foreach (var line in lines)
        {
            stdout.WriteLine(line);
        }
    }

    private sealed class CliException(string message) : Exception(message);
}
