using System.Diagnostics;
using System.Globalization;
using System.Text;
using System.Text.Json;
using Bluehelm.Modules.EarlyWarning.Hotspots.Engine;
using Bluehelm.Modules.EarlyWarning.Hotspots.Files;

namespace Bluehelm.Bench.Hotspots;

/// <summary>
/// <c>dotnet run -c Release --project bench/Bluehelm.Bench -- hotspots [--sizes 100000,300000,1000000] [--no-sklearn] [--section name]</c>:
/// generates seeded clustered events, runs Bluehelm's DBSCAN (in process, and <c>bluehelm hotspots</c> end to
/// end as its own process) and scikit-learn's on the same files, checks that core points, noise and the
/// partition of the cores agree exactly, and writes the "hotspots" section of docs/benchmarks.md.
/// </summary>
internal static class HotspotsBench
{
    private const double EpsKm = 10;
    private const int MinPoints = 5;
    private const int Seed = 20261201;

    internal static async Task<int> RunAsync(string root, string[] args)
    {
        var sizes = Value(args, "--sizes") is { } s ? s.Split(',').Select(x => int.Parse(x, CultureInfo.InvariantCulture)).ToArray() : [100_000, 300_000, 1_000_000];
        var sklearn = !args.Contains("--no-sklearn");
        var cli = Path.Combine(root, "artifacts/bin/Bluehelm.Cli/release/Bluehelm.Cli");
        if (!File.Exists(cli))
        {
            await Console.Error.WriteLineAsync($"build the command line first: dotnet build src/Bluehelm.Cli -c Release ({cli} not found)");
            return 2;
        }

        var dir = Path.Combine(Path.GetTempPath(), "bluehelm-bench-hotspots");
        Directory.CreateDirectory(dir);
        var rows = new List<string>();
        var notes = new List<string>();
        foreach (var n in sizes)
        {
            var file = Path.Combine(dir, string.Create(CultureInfo.InvariantCulture, $"events-{n}-{Seed}.csv"));
            if (!File.Exists(file))
            {
                Console.WriteLine($"generating {file}...");
                EventsGenerator.Write(file, n, Seed + n);
            }

            var events = EventPointsFile.Read(file, withDates: false);
            var parameters = new DbscanParameters(EpsKm, MinPoints);
            Dbscan.Run(events.Latitude, events.Longitude, null, parameters); // JIT warm-up
            var times = new List<double>();
            DbscanResult ours = null!;
            var cpuBefore = Process.GetCurrentProcess().TotalProcessorTime;
            for (var run = 0; run < 3; run++)
            {
                var sw = Stopwatch.StartNew();
                ours = Dbscan.Run(events.Latitude, events.Longitude, null, parameters);
                times.Add(sw.Elapsed.TotalSeconds);
            }

            // CPU seconds per run: what the clustering costs whatever else the machine is doing.
            var cpu = (Process.GetCurrentProcess().TotalProcessorTime - cpuBefore).TotalSeconds / 3;
            times.Sort();

            var clustering = times[1];
            var (cliSeconds, cliPeakMb) = await TimedAsync("/usr/bin/time", ["-f", "%e %M", cli, "hotspots", "--input", file, "--eps-km", "10", "--min-points", "5", "--output", Path.Combine(dir, "labels.csv")]);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{n}: ours {clustering:F3} s clustering, CLI {cliSeconds:F2} s end to end, {cliPeakMb:F0} MB peak; {ours.ClusterCount} clusters"));

            string skTime = "not run", skMem = "", ratio = "", agreement = "";
            if (sklearn)
            {
                var prefix = Path.Combine(dir, string.Create(CultureInfo.InvariantCulture, $"sklearn-{n}"));
                var (skWall, _, json) = await PythonAsync(Path.Combine(root, "bench/hotspots/sklearn_dbscan.py"), file, prefix);
                using var doc = JsonDocument.Parse(json);
                var fit = doc.RootElement.GetProperty("fit_seconds").GetDouble();
                var peak = doc.RootElement.GetProperty("peak_mb").GetDouble();
                var version = doc.RootElement.GetProperty("sklearn").GetString();
                skTime = string.Create(CultureInfo.InvariantCulture, $"{fit:F1} s fit ({skWall:F1} s whole script)");
                skMem = string.Create(CultureInfo.InvariantCulture, $"{peak:F0} MB");
                ratio = string.Create(CultureInfo.InvariantCulture, $"{fit / clustering:F0}x (end to end {skWall / cliSeconds:F0}x)");
                agreement = Agreement(ours, File.ReadAllLines(prefix + ".labels"), File.ReadAllLines(prefix + ".core"));
                notes.Add($"scikit-learn {version}");
                Console.WriteLine($"{n}: scikit-learn {skTime}, {skMem}; {ratio}; {agreement}");
            }

            rows.Add(string.Create(CultureInfo.InvariantCulture,
                $"| {n:N0} | {clustering:F3} s ({cpu:F2} s CPU) | {cliSeconds:F2} s | {cliPeakMb:F0} MB | {ours.ClusterCount:N0} | {skTime} | {skMem} | {ratio} | {agreement} |"));
        }

        var markdown = new StringBuilder()
            .AppendLine("### Hotspots: DBSCAN on great-circle distance, against scikit-learn")
            .AppendLine()
            .AppendLine(string.Create(CultureInfo.InvariantCulture, $"Command: `dotnet build src/Bluehelm.Cli -c Release && dotnet run -c Release --project bench/Bluehelm.Bench -- hotspots{(args.Length > 1 ? " " + string.Join(' ', args.Skip(1)) : "")}`"))
            .AppendLine(string.Create(CultureInfo.InvariantCulture, $"Machine: {Environment.ProcessorCount} cores, {Environment.OSVersion}, .NET {Environment.Version}; {string.Join(", ", notes.Distinct())}; load average at start {File.ReadAllText("/proc/loadavg").Split(' ')[0]}."))
            .AppendLine()
            .AppendLine("Data: seeded synthetic events over Africa (bench/Bluehelm.Bench/Hotspots/EventsGenerator.cs): 70 % in Gaussian clusters")
            .AppendLine("(one per 1,000 events, standard deviation 1-50 km), 30 % uniform noise. eps 10 km, min points 5 (itself included).")
            .AppendLine("Ours: median wall time of 3 in-process runs of the engine after a warm-up (and the CPU seconds per run, which the")
            .AppendLine("load of other processes does not inflate), and `bluehelm hotspots` end to end (own process:")
            .AppendLine("start, read CSV, cluster, write labels) with its peak memory (max RSS = VmHWM, from /usr/bin/time). scikit-learn:")
            .AppendLine("`DBSCAN(metric='haversine', algorithm='ball_tree')` fit time and `resource.getrusage` peak (bench/hotspots/sklearn_dbscan.py).")
            .AppendLine("Agreement: core set, noise set and partition of the cores compared exactly (border points may join either of two")
            .AppendLine("clusters in the textbook definition; ours takes the nearest core's).")
            .AppendLine()
            .AppendLine("| events | ours: clustering (wall, CPU) | ours: CLI end to end | ours: peak memory | clusters | scikit-learn | scikit-learn peak | ratio | agreement |")
            .AppendLine("|---:|---:|---:|---:|---:|---:|---:|---:|---|");
        foreach (var row in rows)
        {
            markdown.AppendLine(row);
        }

        var outPath = Path.Combine(root, Value(args, "--out") ?? "docs/benchmarks.md");
        var section = Value(args, "--section") ?? "hotspots";
        Report.WriteSection(outPath, section, markdown.ToString());
        Console.WriteLine($"wrote section '{section}' of {outPath}");
        return 0;
    }

    /// <summary>Exact comparison with scikit-learn: same cores, same noise, and the two labelings of the cores are one-to-one.</summary>
    internal static string Agreement(DbscanResult ours, string[] skLabels, string[] skCore)
    {
        var n = ours.Labels.Length;
        var theirs = skLabels.Select(l => int.Parse(l, CultureInfo.InvariantCulture)).ToArray();
        var theirCore = new bool[n];
        foreach (var line in skCore.Where(l => l.Length > 0))
        {
            theirCore[int.Parse(line, CultureInfo.InvariantCulture)] = true;
        }

        int coreDiff = 0, noiseDiff = 0, cores = 0;
        var forward = new Dictionary<int, int>();
        var backward = new Dictionary<int, int>();
        var partitionDiff = 0;
        for (var i = 0; i < n; i++)
        {
            coreDiff += ours.IsCore[i] != theirCore[i] ? 1 : 0;
            noiseDiff += (ours.Labels[i] < 0) != (theirs[i] < 0) ? 1 : 0;
            if (ours.IsCore[i] && theirCore[i])
            {
                cores++;
                if (forward.TryGetValue(ours.Labels[i], out var t) ? t != theirs[i] : !forward.TryAdd(ours.Labels[i], theirs[i]))
                {
                    partitionDiff++;
                }

                if (backward.TryGetValue(theirs[i], out var o) ? o != ours.Labels[i] : !backward.TryAdd(theirs[i], ours.Labels[i]))
                {
                    partitionDiff++;
                }
            }
        }

        return coreDiff == 0 && noiseDiff == 0 && partitionDiff == 0
            ? string.Create(CultureInfo.InvariantCulture, $"exact: {cores:N0} cores, {ours.Labels.Count(l => l < 0):N0} noise, same clusters of cores")
            : string.Create(CultureInfo.InvariantCulture, $"DIFFERENT: {coreDiff} core, {noiseDiff} noise, {partitionDiff} partition mismatches");
    }

    private static async Task<(double Seconds, double PeakMb)> TimedAsync(string file, string[] args)
    {
        var (_, stderr, _) = await ExecAsync(file, args);
        var last = stderr.Trim().Split('\n')[^1].Split(' ');
        return (double.Parse(last[0], CultureInfo.InvariantCulture), double.Parse(last[1], CultureInfo.InvariantCulture) / 1024);
    }

    private static async Task<(double Wall, string Stderr, string Stdout)> PythonAsync(string script, string file, string prefix)
    {
        var sw = Stopwatch.StartNew();
        var (stdout, stderr, _) = await ExecAsync("/usr/bin/python3", [script, file, "10", "5", prefix]);
        return (sw.Elapsed.TotalSeconds, stderr, stdout.Trim().Split('\n')[^1]);
    }

    private static async Task<(string Stdout, string Stderr, int Code)> ExecAsync(string file, string[] args)
    {
        var start = new ProcessStartInfo(file) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var a in args)
        {
            start.ArgumentList.Add(a);
        }

        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"{file} {string.Join(' ', args)} failed ({process.ExitCode}): {await stderr}");
        }

        return (await stdout, await stderr, process.ExitCode);
    }

    private static string? Value(string[] args, string name)
    {
        var i = Array.IndexOf(args, name);
        return i >= 0 && i + 1 < args.Length ? args[i + 1] : null;
    }
}
