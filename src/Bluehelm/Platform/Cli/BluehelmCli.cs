using System.CommandLine;
using Bluehelm.Platform.Data;
using Bluehelm.Platform.Hosting;
using Bluehelm.Platform.Identity;
using Bluehelm.Platform.Modules;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Bluehelm.Platform.Cli;

/// <summary>
/// The <c>bluehelm</c> command line: the platform's commands (db, seed, user) and every module's.
/// It reads the same configuration as the web host, in the same order: <c>appsettings.json</c>,
/// <c>appsettings.{environment}.json</c> (from <c>DOTNET_ENVIRONMENT</c> or <c>ASPNETCORE_ENVIRONMENT</c>,
/// default Production), then environment variables, so it works on the same database.
/// </summary>
public static class BluehelmCli
{
    public const int Ok = 0;
    public const int Failed = 1;
    public const int Usage = 2;

    /// <summary>
    /// Runs one command line. <paramref name="settings"/> are laid over every other setting (tests);
    /// <paramref name="contentRoot"/> is where the <c>appsettings*.json</c> files are (the program's folder by default).
    /// </summary>
    public static async Task<int> RunAsync(
        IReadOnlyList<BluehelmModule> modules, string[] args, TextWriter stdout, TextWriter stderr, TextReader stdin,
        IDictionary<string, string?>? settings = null, string? contentRoot = null)
    {
        var root = new RootCommand("Bluehelm: protection of civilians in UN peacekeeping. Command line for administrators.");
        var cli = new CliCommands(root, stdout, stderr, stdin, () => BuildHost(modules, settings, contentRoot ?? AppContext.BaseDirectory));
        AddPlatformCommands(cli);
        foreach (var module in modules)
        {
            module.AddCommands(cli);
        }

        var parse = root.Parse(args);
        if (parse.Errors.Count > 0)
        {
            stderr.WriteLine("bluehelm: " + parse.Errors[0].Message + " (see 'bluehelm --help')");
            return Usage;
        }

        return await parse.InvokeAsync(new InvocationConfiguration { Output = stdout, Error = stderr });
    }

    internal static IHost BuildHost(IReadOnlyList<BluehelmModule> modules, IDictionary<string, string?>? settings, string contentRoot)
    {
        var environment = Environment.GetEnvironmentVariable("DOTNET_ENVIRONMENT") is { Length: > 0 } dotnetEnv
            ? dotnetEnv
            : Environment.GetEnvironmentVariable("ASPNETCORE_ENVIRONMENT") is { Length: > 0 } aspEnv ? aspEnv : Environments.Production;
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings
        {
            DisableDefaults = true,
            EnvironmentName = environment,
            ContentRootPath = contentRoot,
        });
        builder.Configuration
            .AddJsonFile(Path.Combine(contentRoot, "appsettings.json"), optional: true, reloadOnChange: false)
            .AddJsonFile(Path.Combine(contentRoot, $"appsettings.{environment}.json"), optional: true, reloadOnChange: false)
            .AddEnvironmentVariables();
        if (settings is not null)
        {
            builder.Configuration.AddInMemoryCollection(settings);
        }

        builder.Logging.ClearProviders();
        builder.Services.AddBluehelmCore(builder.Configuration, modules);
        return builder.Build();
    }

    private static void AddPlatformCommands(CliCommands cli)
    {
        var migrate = new Command("migrate", "Create or upgrade the database schema (and reference data).");
        migrate.SetAction((_, ct) => cli.Run(
            async (sp, token) =>
            {
                var init = sp.GetRequiredService<DatabaseInitializer>();
                await init.InitializeAsync(seedDemo: false, token);
                cli.Print(init.ConsoleNotes);
                cli.Out.WriteLine("Database is up to date.");
            },
            ct));
        cli.Group("db", "Database maintenance.").Subcommands.Add(migrate);

        var demo = new Command("demo", "Seed the demo mission (MINUSCA) and one demo user per role; running it again changes nothing.");
        demo.SetAction((_, ct) => cli.Run(
            async (sp, token) =>
            {
                var init = sp.GetRequiredService<DatabaseInitializer>();
                await init.InitializeAsync(seedDemo: true, token);
                cli.Print(init.ConsoleNotes);
                cli.Out.WriteLine("Demo mission MINUSCA is seeded.");
            },
            ct));
        cli.Group("seed", "Seed data.").Subcommands.Add(demo);

        var user = cli.Group("user", "User administration.");
        user.Subcommands.Add(UserAdd(cli));
        user.Subcommands.Add(UserUnlock(cli));

        Sealing.SealingCli.Add(cli);
    }

    private static Command UserUnlock(CliCommands cli)
    {
        var email = new Option<string>("--email") { Description = "E-mail address of the user.", Required = true };
        var unlock = new Command("unlock", "Lift a sign-in lockout now (it also ends by itself after 15 minutes).") { email };
        unlock.SetAction((parse, ct) => cli.Run(
            async (sp, token) =>
            {
                await sp.GetRequiredService<DatabaseInitializer>().MigrateAsync(token);
                await sp.GetRequiredService<UserAdmin>().UnlockAsync(parse.GetValue(email)!);
                cli.Out.WriteLine($"Unlocked {parse.GetValue(email)!.Trim()}.");
            },
            ct));
        return unlock;
    }

    private static Command UserAdd(CliCommands cli)
    {
        var email = new Option<string>("--email") { Description = "E-mail address (also the user name).", Required = true };
        var role = new Option<string>("--role") { Description = "One of: " + string.Join(", ", Roles.All), Required = true };
        var scope = new Option<string[]>("--scope") { Description = "mission:CODE or state:ISO2; repeat for several missions.", AllowMultipleArgumentsPerToken = true };
        var name = new Option<string?>("--name") { Description = "Display name." };
        var passwordStdin = new Option<bool>("--password-stdin") { Description = "Read the password from standard input (else one is generated and printed once)." };
        var add = new Command("add", "Create a user with a role and scopes.") { email, role, scope, name, passwordStdin };
        add.SetAction((parse, ct) => cli.Run(
            async (sp, token) =>
            {
                string? password = null;
                if (parse.GetValue(passwordStdin))
                {
                    password = (await cli.In.ReadLineAsync(token))?.TrimEnd('\r', '\n');
                    if (string.IsNullOrEmpty(password))
                    {
                        throw new CliException("no password on standard input.");
                    }
                }

                await sp.GetRequiredService<DatabaseInitializer>().MigrateAsync(token);
                var admin = sp.GetRequiredService<UserAdmin>();
                await admin.EnsureRolesAsync();
                var created = await admin.CreateAsync(parse.GetValue(email)!, password, parse.GetValue(role)!, parse.GetValue(scope) ?? [], parse.GetValue(name));
                cli.Out.WriteLine($"Created {created.Email} ({parse.GetValue(role)}).");
                if (created.GeneratedPassword is { } generated)
                {
                    cli.Out.WriteLine("Password (shown once): " + generated);
                }
            },
            ct));
        return add;
    }
}
