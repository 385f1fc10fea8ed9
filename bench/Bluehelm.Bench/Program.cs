using System.Globalization;
using System.Runtime.InteropServices;
using System.Security.Cryptography;
using Bluehelm.Bench;
using Microsoft.Data.Sqlite;
using Npgsql;

if (args.Length > 0 && args[0] == "hotspots")
{
    return await Bluehelm.Bench.Hotspots.HotspotsBench.RunAsync(FindRepoRoot(), args);
}

if (args.Length > 0 && args[0] == "events-page")
{
    return await EventsPageBench.RunAsync(args[1..], FindRepoRoot());
}

if (args.Length > 0 && args[0] == "import-events")
{
    return await ImportEventsBench.RunAsync(FindRepoRoot(), args[1..]);
}

BenchOptions options;
try
{
    if (args.Contains("--help") || args.Contains("-h"))
    {
        Console.WriteLine(BenchOptions.Usage);
        return 0;
    }

    options = BenchOptions.Parse(args);
}
catch (Exception e) when (e is ArgumentException or FormatException)
{
    await Console.Error.WriteLineAsync(e.Message + "\n\n" + BenchOptions.Usage);
    return 2;
}

var root = FindRepoRoot();
var command = "dotnet run -c Release --project bench/Bluehelm.Bench" + (args.Length > 0 ? " -- " + string.Join(' ', args) : "");
Console.WriteLine($"repo: {root}\ncommand: {command}\nload average: {Machine.LoadAtStart}");

if (!options.NoBuild)
{
    Console.WriteLine("building src/Bluehelm.Web (Release)...");
    await Shell.RunAsync("dotnet", ["build", "src/Bluehelm.Web", "-c", "Release", "-nologo", "-v", "q"], root);
}

var warmup = TimeSpan.FromSeconds(options.WarmupSeconds);
var measure = TimeSpan.FromSeconds(options.Seconds);
var runs = new List<DatabaseRun>();
foreach (var db in options.Databases)
{
    runs.Add(db == "sqlite" ? await RunSqliteAsync() : await RunPostgresAsync());
}

var markdown = Report.Render(options, runs, command);
var outPath = Path.IsPathRooted(options.Out) ? options.Out : Path.Combine(root, options.Out);
Report.WriteSection(outPath, options.Section, markdown);
Console.WriteLine($"\nwrote section '{options.Section}' of {outPath}");
return 0;

async Task<DatabaseRun> RunSqliteAsync()
{
    var dir = Directory.CreateTempSubdirectory("bluehelm-bench-sqlite-").FullName;
    try
    {
        var steps = await RunHttpAsync("sqlite", dir, null, null);
        StepResult? raw = null;
        string version;
        await using (var c = new SqliteConnection("Data Source=:memory:"))
        {
            await c.OpenAsync();
            await using var cmd = c.CreateCommand();
            cmd.CommandText = "select sqlite_version()";
            version = "SQLite " + (string)(await cmd.ExecuteScalarAsync())!;
        }

        if (!options.SkipRaw)
        {
            Console.WriteLine("[sqlite] raw ADO.NET loop...");
            raw = await RawLoop.SqliteAsync(dir, warmup, measure);
            Print(raw);
        }

        return new DatabaseRun("SQLite", version, "WAL, synchronous=FULL (src/Bluehelm/Platform/Data/SqlitePragmas.cs); the raw loop applies the same pragmas", steps, raw);
    }
    finally
    {
        KeepServerLog(dir, "sqlite");
        Directory.Delete(dir, recursive: true);
    }
}

async Task<DatabaseRun> RunPostgresAsync()
{
    var dir = Directory.CreateTempSubdirectory("bluehelm-bench-postgres-").FullName;
    Console.WriteLine("[postgres] starting a throwaway cluster (fsync=on, synchronous_commit=on)...");
    await using var cluster = await PostgresCluster.StartAsync();
    try
    {
        var steps = await RunHttpAsync("postgres", dir, cluster.ConnectionString("bluehelm_bench"), () => Shell.CpuSecondsOfAll("/usr/lib/postgresql"));
        StepResult? raw = null;
        string settings;
        await using (var c = new NpgsqlConnection(cluster.ConnectionString("postgres")))
        {
            await c.OpenAsync();
            await using var cmd = c.CreateCommand();
            cmd.CommandText = "select current_setting('fsync') || ', synchronous_commit=' || current_setting('synchronous_commit') || ', full_page_writes=' || current_setting('full_page_writes') || ', wal_sync_method=' || current_setting('wal_sync_method')";
            settings = "fsync=" + (string)(await cmd.ExecuteScalarAsync())!;
            cmd.CommandText = "CREATE DATABASE bluehelm_raw";
            await cmd.ExecuteNonQueryAsync();
        }

        if (!options.SkipRaw)
        {
            Console.WriteLine("[postgres] raw ADO.NET loop...");
            raw = await RawLoop.PostgresAsync(cluster.ConnectionString("bluehelm_raw"), warmup, measure);
            Print(raw);
        }

        return new DatabaseRun("PostgreSQL", cluster.Version, $"throwaway cluster on 127.0.0.1 started by the harness: {settings} (durable); the raw loop uses the same cluster", steps, raw);
    }
    finally
    {
        KeepServerLog(dir, "postgres");
        Directory.Delete(dir, recursive: true);
    }
}

// The server's log (warnings and errors) outlives the temporary data folder.
static void KeepServerLog(string dir, string provider)
{
    var log = Path.Combine(dir, "server.log");
    if (File.Exists(log))
    {
        var kept = Path.Combine(Path.GetTempPath(), $"bluehelm-bench-{provider}-server.log");
        File.Copy(log, kept, overwrite: true);
        Console.WriteLine($"[{provider}] server log: {kept}");
    }
}

async Task<List<StepResult>> RunHttpAsync(string provider, string dataDir, string? connectionString, Func<double>? extraCpu)
{
    var admin = Password();
    var demo = Password();
    Console.WriteLine($"[{provider}] starting the server...");
    await using var server = await ServerProcess.StartAsync(root, dataDir, provider, connectionString, admin, demo);
    Console.WriteLine($"[{provider}] ready at {server.BaseAddress} (pid {server.Pid.ToString(CultureInfo.InvariantCulture)})");
    using var load = new HttpLoad(server.BaseAddress, options.Clients.Max());
    await load.LoginAsync("joc.minusca@demo.bluehelm.local", demo);
    if (options.ServerWarmupSeconds > 0)
    {
        // A fresh server runs unoptimized (tier-0) code and fills its pools: warm it up once, uncounted.
        var w = await load.RunAsync(provider + " warm-up", 8, TimeSpan.Zero, TimeSpan.FromSeconds(options.ServerWarmupSeconds), server.Pid, extraCpu);
        Print(w);
    }

    var steps = new List<StepResult>();
    foreach (var clients in options.Clients)
    {
        var step = await load.RunAsync(provider, clients, warmup, measure, server.Pid, extraCpu);
        Print(step);
        steps.Add(step);
    }

    return steps;
}

static void Print(StepResult s) =>
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
        $"  {s.Name,-16} clients {s.Clients,3}: {s.PerSecond,8:F0}/s  p50 {s.P50Ms,7:F2} ms  p99 {s.P99Ms,7:F2} ms  max {s.MaxMs,7:F1} ms  errors {s.Errors}  server cpu {s.ServerCpu:F2}  bench cpu {s.BenchCpu:F2}  machine {s.MachineCpu:F2}{(s.FirstError is null ? "" : "  first error: " + s.FirstError)}"));

// Meets the identity rules (12+, upper, lower, digit, symbol, 6 unique); never printed.
static string Password() => "Bench-" + Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(12)) + "aZ9!";

static string FindRepoRoot()
{
    for (var dir = new DirectoryInfo(Environment.CurrentDirectory); dir is not null; dir = dir.Parent)
    {
        if (File.Exists(Path.Combine(dir.FullName, "Bluehelm.slnx")))
        {
            return dir.FullName;
        }
    }

    for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
    {
        if (File.Exists(Path.Combine(dir.FullName, "Bluehelm.slnx")))
        {
            return dir.FullName;
        }
    }

    throw new InvalidOperationException("run from inside the Bluehelm repository (Bluehelm.slnx not found)");
}

/// <summary>Machine facts for the report.</summary>
internal static class Machine
{
    public static string LoadAtStart { get; } = Shell.LoadAverage();

    public static string Describe()
    {
        var cpu = File.ReadLines("/proc/cpuinfo").FirstOrDefault(l => l.StartsWith("model name", StringComparison.Ordinal))?.Split(':', 2)[1].Trim() ?? "unknown";
        var memKb = File.ReadLines("/proc/meminfo").FirstOrDefault(l => l.StartsWith("MemTotal:", StringComparison.Ordinal))?
            .Split(' ', StringSplitOptions.RemoveEmptyEntries)[1];
        var ram = memKb is null ? "unknown" : (long.Parse(memKb, CultureInfo.InvariantCulture) / 1024.0 / 1024.0).ToString("F1", CultureInfo.InvariantCulture) + " GiB";
        var os = File.Exists("/etc/os-release")
            ? File.ReadLines("/etc/os-release").FirstOrDefault(l => l.StartsWith("PRETTY_NAME=", StringComparison.Ordinal))?.Split('=', 2)[1].Trim('"') ?? RuntimeInformation.OSDescription
            : RuntimeInformation.OSDescription;
        return string.Create(CultureInfo.InvariantCulture,
            $"- nproc: {Environment.ProcessorCount}\n- CPU: {cpu}\n- RAM: {ram}\n- OS: {os} ({RuntimeInformation.OSArchitecture})\n- .NET: {RuntimeInformation.FrameworkDescription}");
    }
}

/// <summary>One database's results.</summary>
internal sealed record DatabaseRun(string Name, string Version, string Durability, IReadOnlyList<StepResult> Steps, StepResult? Raw);
