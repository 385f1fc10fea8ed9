using System.Diagnostics;
using System.Globalization;
using System.Text.RegularExpressions;
using Bluehelm.Testing;
using Npgsql;

namespace Bluehelm.Bench;

/// <summary>
/// <c>import-events</c>: a seeded GED-shaped CSV of a million rows imported by the real command line
/// (<c>bluehelm import ged</c>, its own process) into a fresh SQLite file and into a throwaway
/// PostgreSQL, beside PostgreSQL's own <c>COPY ... FROM</c> of the same file (psql <c>\copy</c> into a
/// plain table of the same columns) in the same run. Reports the import time the command prints,
/// the process's wall time, rows/s and peak memory (max RSS, from GNU time).
/// </summary>
internal static partial class ImportEventsBench
{
    private sealed record Run(string What, double Seconds, double ProcessSeconds, double CpuSeconds, long PeakKb, string Output);

    public static async Task<int> RunAsync(string root, string[] args)
    {
        _ = Machine.LoadAtStart;
        var rows = 1_000_000;
        var databases = new List<string> { "sqlite", "postgres" };
        var outPath = "docs/benchmarks.md";
        for (var i = 0; i < args.Length; i++)
        {
            switch (args[i])
            {
                case "--rows": rows = int.Parse(args[++i], CultureInfo.InvariantCulture); break;
                case "--db":
                    var db = args[++i];
                    databases = db == "both" ? ["sqlite", "postgres"] : [db];
                    break;
                case "--out": outPath = args[++i]; break;
                default: throw new ArgumentException("unknown option " + args[i]);
            }
        }

        var cli = Path.Combine(root, "artifacts/bin/Bluehelm.Cli/release/Bluehelm.Cli.dll");
        Console.WriteLine("building src/Bluehelm.Cli (Release)...");
        await Shell.RunAsync("dotnet", ["build", "src/Bluehelm.Cli", "-c", "Release", "-nologo", "-v", "q"], root);

        var work = Directory.CreateTempSubdirectory("bluehelm-bench-import-").FullName;
        try
        {
            var csv = Path.Combine(work, "GEDEvent_v23_1.csv");
            var generated = Stopwatch.StartNew();
            var bytes = GedSample.Write(csv, rows);
            Console.WriteLine($"generated {rows:N0} rows, {bytes / 1e6:F0} MB in {generated.Elapsed.TotalSeconds:F1} s");
            var results = new List<Run>();
            string? pgVersion = null;

            if (databases.Contains("sqlite"))
            {
                var data = Path.Combine(work, "sqlite");
                Directory.CreateDirectory(data);
                var env = new Dictionary<string, string> { ["Bluehelm__DataDirectory"] = data, ["Bluehelm__Database__Provider"] = "sqlite" };
                await TimedAsync(cli, ["db", "migrate"], env);
                results.Add(await ImportAsync("SQLite: bluehelm import ged (first import)", cli, csv, env));
                results.Add(await ImportAsync("SQLite: the same file again", cli, csv, env));
            }

            if (databases.Contains("postgres"))
            {
                await using var cluster = await PostgresCluster.StartAsync();
                pgVersion = cluster.Version;
                await using (var c = new NpgsqlConnection(cluster.ConnectionString("postgres")))
                {
                    await c.OpenAsync();
                    await using var cmd = c.CreateCommand();
                    cmd.CommandText = "CREATE DATABASE bluehelm_import; CREATE DATABASE ged_copy";
                    await cmd.ExecuteNonQueryAsync();
                }

                var env = new Dictionary<string, string>
                {
                    ["Bluehelm__DataDirectory"] = work,
                    ["Bluehelm__Database__Provider"] = "postgres",
                    ["Bluehelm__Database__ConnectionString"] = cluster.ConnectionString("bluehelm_import"),
                };
                await TimedAsync(cli, ["db", "migrate"], env);
                results.Add(await ImportAsync("PostgreSQL: bluehelm import ged (binary COPY + upsert)", cli, csv, env));
                results.Add(await ImportAsync("PostgreSQL: the same file again", cli, csv, env));

                var psql = Path.Combine(cluster.Bin, "psql");
                string[] connect = ["-h", "127.0.0.1", "-p", cluster.Port.ToString(CultureInfo.InvariantCulture), "-U", "postgres", "-d", "ged_copy", "-v", "ON_ERROR_STOP=1", "-q"];
                await TimedAsync(psql, [.. connect, "-c", PlainTable], []);
                var copy = await TimedAsync(psql, [.. connect, "-c", $"\\copy ged_raw FROM '{csv}' WITH (FORMAT csv, HEADER true)"], []);
                results.Add(copy with { What = "PostgreSQL: psql \\copy of the same CSV into a plain table (no indexes)", Seconds = copy.ProcessSeconds });
            }

            var markdown = Render(rows, bytes, results, pgVersion);
            Console.WriteLine(markdown);
            Report.WriteSection(Path.IsPathRooted(outPath) ? outPath : Path.Combine(root, outPath), "import-events", markdown);
            return 0;
        }
        finally
        {
            Directory.Delete(work, recursive: true);
        }
    }

    private static async Task<Run> ImportAsync(string what, string cli, string csv, Dictionary<string, string> env)
    {
        Console.WriteLine(what + "...");
        var run = await TimedAsync(cli, ["import", "ged", csv], env);
        var m = ImportSeconds().Match(run.Output);
        Console.WriteLine("  " + run.Output.Trim());
        return run with { What = what, Seconds = m.Success ? double.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture) : run.ProcessSeconds };
    }

    /// <summary>Runs a process under GNU time: wall seconds and max resident set size.</summary>
    private static async Task<Run> TimedAsync(string file, string[] args, Dictionary<string, string> env)
    {
        var psi = new ProcessStartInfo("/usr/bin/time") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        psi.ArgumentList.Add("-f");
        psi.ArgumentList.Add("TIME %e %M %U %S");
        if (file.EndsWith(".dll", StringComparison.Ordinal))
        {
            psi.ArgumentList.Add("dotnet");
        }

        psi.ArgumentList.Add(file);
        foreach (var a in args)
        {
            psi.ArgumentList.Add(a);
        }

        foreach (var (k, v) in env)
        {
            psi.Environment[k] = v;
        }

        psi.Environment["Logging__LogLevel__Default"] = "Warning";
        using var p = Process.Start(psi)!;
        var stdout = p.StandardOutput.ReadToEndAsync();
        var stderr = p.StandardError.ReadToEndAsync();
        await p.WaitForExitAsync();
        var output = await stdout;
        var err = await stderr;
        if (p.ExitCode != 0)
        {
            throw new InvalidOperationException($"{file} {string.Join(' ', args)} exited {p.ExitCode}: {output}\n{err}");
        }

        var t = TimeLine().Match(err);
        var inv = CultureInfo.InvariantCulture;
        var cpu = double.Parse(t.Groups[3].Value, inv) + double.Parse(t.Groups[4].Value, inv);
        return new Run(file, 0, double.Parse(t.Groups[1].Value, inv), cpu, long.Parse(t.Groups[2].Value, inv), output);
    }

    private static string Render(int rows, long bytes, List<Run> results, string? pgVersion)
    {
        var inv = CultureInfo.InvariantCulture;
        var lines = new List<string>
        {
            string.Create(inv, $"### Run of {TimeProvider.System.GetUtcNow():yyyy-MM-dd HH:mm} UTC"),
            "",
            string.Create(inv, $"{rows:N0} GED-shaped rows (the 49 columns of the UCDP GED 23.1 CSV, seeded synthetic values; {bytes / 1e6:F0} MB), {Environment.ProcessorCount} cores, load at start {Machine.LoadAtStart}; {pgVersion ?? "PostgreSQL not run"}."),
            "",
            "```sh",
            "dotnet run -c Release --project bench/Bluehelm.Bench -- import-events",
            "```",
            "",
            "| step | import s | rows/s | process wall s | process CPU s (user+sys) | peak memory (max RSS) |",
            "|---|--:|--:|--:|--:|--:|",
        };
        foreach (var r in results)
        {
            lines.Add(string.Create(inv, $"| {r.What} | {r.Seconds:F2} | {(r.Output.Contains("Already imported", StringComparison.Ordinal) ? "(nothing written)" : (rows / r.Seconds).ToString("N0", inv))} | {r.ProcessSeconds:F2} | {r.CpuSeconds:F2} | {r.PeakKb / 1024.0:F0} MB |"));
        }

        lines.Add("");
        foreach (var first in results.Where(r => r.What.EndsWith("(first import)", StringComparison.Ordinal) || r.What.Contains("binary COPY", StringComparison.Ordinal)))
        {
            var met = first.Seconds < 5 && first.PeakKb < 1024 * 1024;
            lines.Add(string.Create(inv, $"- Target (under 5 s, peak under 1 GB) for \"{first.What}\": {(met ? "met" : "NOT met")} ({first.Seconds:F2} s, {first.PeakKb / 1024.0:F0} MB)."));
        }

        lines.Add("");
        lines.Add("\"import s\" is what `bluehelm import` reports for the import itself (reading, checking, hashing, writing, commit); " +
                  "the process wall time adds the .NET start and the host; the CPU column is the process's user+sys time (the machine is shared, so wall time includes waiting for a core). " +
                  "Both databases are durable (SQLite WAL with synchronous=FULL; PostgreSQL fsync=on). Into an empty SQLite table the secondary indexes are dropped and rebuilt once in the same transaction. " +
                  "The psql row is PostgreSQL's own COPY of the CSV as text into a table without indexes or checks: the floor for the database's part.");
        return string.Join('\n', lines);
    }

    /// <summary>The GED CSV's 49 columns, typed, no keys or indexes.</summary>
    private const string PlainTable =
        "CREATE TABLE ged_raw (id bigint, relid int, year int, active_year int, code_status text, type_of_violence int, conflict_dset_id text, conflict_new_id int, " +
        "conflict_name text, dyad_dset_id text, dyad_new_id int, dyad_name text, side_a_dset_id text, side_a_new_id int, side_a text, side_b_dset_id text, " +
        "side_b_new_id int, side_b text, number_of_sources int, source_article text, source_office text, source_date text, source_headline text, " +
        "source_original text, where_prec int, where_coordinates text, where_description text, adm_1 text, adm_2 text, latitude double precision, " +
        "longitude double precision, geom_wkt text, priogrid_gid int, country text, country_id int, region text, event_clarity int, date_prec int, " +
        "date_start timestamp, date_end timestamp, deaths_a int, deaths_b int, deaths_civilians int, deaths_unknown int, best int, high int, low int, gwnoa text, gwnob text)";

    [GeneratedRegex(@" in (\d+(?:\.\d+)?) s\b")]
    private static partial Regex ImportSeconds();

    [GeneratedRegex(@"TIME ([\d.]+) (\d+) ([\d.]+) ([\d.]+)")]
    private static partial Regex TimeLine();
}
