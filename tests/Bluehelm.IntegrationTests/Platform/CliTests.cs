using Bluehelm.Cli;

namespace Bluehelm.IntegrationTests.Platform;

public sealed class CliTests(BluehelmApp app) : IClassFixture<BluehelmApp>
{
    private async Task<(int Exit, string Out, string Err)> Cli(string stdin, params string[] args)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var exit = await CliApp.RunAsync(args, stdout, stderr, new StringReader(stdin), app.Settings);
        return (exit, stdout.ToString(), stderr.ToString());
    }

    [Theory]
    [InlineData("--help")]
    [InlineData("db", "migrate", "--help")]
    [InlineData("seed", "demo", "--help")]
    [InlineData("user", "add", "--help")]
    [InlineData("import", "geo-pko", "--help")]
    public async Task Help_EveryCommand_PrintsUsage(params string[] args)
    {
        var result = await Cli("", args);

        result.Exit.ShouldBe(0);
        result.Out.ShouldContain("Usage:");
    }

    [Fact]
    public async Task DbMigrateAndSeedDemo_Twice_Succeed()
    {
        (await Cli("", "db", "migrate")).Exit.ShouldBe(0);
        var seed = await Cli("", "seed", "demo");

        seed.Exit.ShouldBe(0, seed.Err);
        seed.Out.ShouldContain("MINUSCA");
    }

    [Fact]
    public async Task DbMigrate_DatabaseChosenInAppsettingsJson_MigratesThatDatabase()
    {
        // The web host reads appsettings.json; the command line must read it too, or `db migrate`
        // works on another database than the server's.
        var root = Directory.CreateTempSubdirectory("bluehelm-cli-settings-").FullName;
        var dataFolder = Path.Combine(root, "from-appsettings");
        try
        {
            await File.WriteAllTextAsync(
                Path.Combine(root, "appsettings.json"),
                System.Text.Json.JsonSerializer.Serialize(new { Bluehelm = new { DataDirectory = dataFolder, Database = new { Provider = "sqlite" }, SeedDemo = false } }),
                TestContext.Current.CancellationToken);
            var stdout = new StringWriter();
            var stderr = new StringWriter();

            var exit = await CliApp.RunAsync(["db", "migrate"], stdout, stderr, new StringReader(""), settings: null, contentRoot: root);

            exit.ShouldBe(0, stderr.ToString());
            File.Exists(Path.Combine(dataFolder, "bluehelm.db")).ShouldBeTrue();
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            Directory.Delete(root, recursive: true);
        }
    }

    [Fact]
    public async Task DbMigrate_DatabaseThatDoesNotExistYet_IsCreatedAndMigrated()
    {
        var settings = new Dictionary<string, string?>(app.Settings, StringComparer.Ordinal);
        var folder = Directory.CreateTempSubdirectory("bluehelm-new-db-").FullName;
        var name = "bluehelm_new_" + Guid.NewGuid().ToString("N")[..12];
        settings["Bluehelm:DataDirectory"] = Path.Combine(folder, "not-yet");
        settings["Bluehelm:Database:ConnectionString"] = BluehelmApp.PostgresServer is { } server
            ? new Npgsql.NpgsqlConnectionStringBuilder(server) { Database = name }.ConnectionString
            : "";
        try
        {
            var stdout = new StringWriter();
            var stderr = new StringWriter();
            var exit = await CliApp.RunAsync(["db", "migrate"], stdout, stderr, new StringReader(""), settings);

            exit.ShouldBe(0, stderr.ToString());
            if (BluehelmApp.PostgresServer is null)
            {
                File.Exists(Path.Combine(folder, "not-yet", "bluehelm.db")).ShouldBeTrue();
            }
            else
            {
                await using var check = new Npgsql.NpgsqlConnection(settings["Bluehelm:Database:ConnectionString"]);
                await check.OpenAsync(TestContext.Current.CancellationToken);
                await using var count = new Npgsql.NpgsqlCommand("SELECT count(*) FROM \"__EFMigrationsHistory\"", check);
                ((long)(await count.ExecuteScalarAsync(TestContext.Current.CancellationToken))!).ShouldBeGreaterThan(0);
            }
        }
        finally
        {
            Npgsql.NpgsqlConnection.ClearAllPools();
            if (BluehelmApp.PostgresServer is { } pg)
            {
                await PostgresTestDatabase.DropAsync(pg, name);
            }

            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public async Task UserAdd_GeneratedPassword_IsPrintedOnceAndWorks()
    {
        var result = await Cli("", "user", "add", "--email", "new.officer@test.local", "--role", "joc-officer", "--scope", "mission:MINUSCA");

        result.Exit.ShouldBe(0, result.Err);
        var password = result.Out.Split('\n').Single(l => l.StartsWith("Password", StringComparison.Ordinal)).Split(": ", 2)[1].Trim();
        var client = await app.ClientFor("new.officer@test.local", password);
        (await client.GetAsync("/api/v1/missions", TestContext.Current.CancellationToken)).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Theory]
    [InlineData("unknown-role", "user", "add", "--email", "x1@test.local", "--role", "general")]
    [InlineData("Unknown mission", "user", "add", "--email", "x2@test.local", "--role", "joc-officer", "--scope", "mission:NOPE")]
    [InlineData("state:ISO2", "user", "add", "--email", "x3@test.local", "--role", "member-state")]
    [InlineData("already exists", "user", "add", "--email", "joc.minusca@demo.bluehelm.local", "--role", "joc-officer")]
    public async Task UserAdd_BadInput_FailsWithOneClearLine(string expected, params string[] args)
    {
        var result = await Cli("", args);

        result.Exit.ShouldBe(1);
        result.Err.Trim().Split('\n').Length.ShouldBe(1);
        result.Err.ShouldContain(expected.Replace("unknown-role", "Unknown role", StringComparison.Ordinal));
    }

    [Fact]
    public async Task UserAdd_WeakPasswordOnStdin_IsRefused()
    {
        var result = await Cli("short\n", "user", "add", "--email", "weak@test.local", "--role", "training-officer", "--password-stdin");

        result.Exit.ShouldBe(1);
        result.Err.ShouldStartWith("bluehelm: ");
    }

    [Fact]
    public async Task UnknownCommand_Run_IsAUsageError()
    {
        var result = await Cli("", "frobnicate");

        result.Exit.ShouldBe(2);
        result.Err.ShouldStartWith("bluehelm: ");
    }
}
