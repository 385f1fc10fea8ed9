using System.Globalization;
using System.Text;

namespace Bluehelm.Bench;

/// <summary>Renders the results as markdown and replaces their section in the output file.</summary>
internal static class Report
{
    public const int TargetClients = 32;
    public const double TargetSqliteRate = 1000;
    public const double TargetSqliteP99Ms = 50;
    public const double TargetRatio = 0.5;

    private static readonly CultureInfo Inv = CultureInfo.InvariantCulture;

    public static string Render(BenchOptions options, IReadOnlyList<DatabaseRun> runs, string command)
    {
        var sb = new StringBuilder();
        var now = TimeProvider.System.GetUtcNow();
        sb.Append(Inv, $"Run of {now:yyyy-MM-dd HH:mm} UTC: {options.Seconds} s measured after {options.WarmupSeconds} s warm-up per step, closed-loop clients.\n\n");
        sb.Append(Inv, $"```sh\n{command}\n```\n\n");
        sb.Append(Machine.Describe()).Append('\n');
        sb.Append(Inv, $"- load average (1/5/15 min, runnable/total, last pid) at start: {Machine.LoadAtStart}; at end: {Shell.LoadAverage()}\n");
        foreach (var run in runs)
        {
            sb.Append(Inv, $"- {run.Name}: {run.Version}; {run.Durability}\n");
        }

        sb.Append('\n');
        foreach (var run in runs)
        {
            sb.Append(Inv, $"#### {run.Name}\n\n");
            sb.Append("| Clients | Alerts/s | p50 ms | p99 ms | max ms | Errors | Server CPU (cores) | Bench CPU (cores) | Machine busy (of 2 cores) |\n");
            sb.Append("|--:|--:|--:|--:|--:|--:|--:|--:|--:|\n");
            foreach (var s in run.Steps)
            {
                sb.Append(Inv, $"| {s.Clients} | {s.PerSecond:F0} | {s.P50Ms:F1} | {s.P99Ms:F1} | {s.MaxMs:F0} | {s.Errors} | {s.ServerCpu:F2} | {s.BenchCpu:F2} | {s.MachineCpu:F2} |\n");
            }

            sb.Append('\n');
            var firstError = run.Steps.Select(s => s.FirstError).FirstOrDefault(e => e is not null);
            if (firstError is not null)
            {
                sb.Append(Inv, $"First error: `{firstError.ReplaceLineEndings(" ")}`\n\n");
            }

            if (run.Raw is { } raw)
            {
                sb.Append(Inv, $"Raw ADO.NET loop (one connection, one INSERT per transaction, sequential): **{raw.PerSecond:F0} rows/s**, p50 {raw.P50Ms:F2} ms, p99 {raw.P99Ms:F2} ms (CPU of the loop{(run.Name == "PostgreSQL" ? " and the PostgreSQL processes" : "")} {raw.BenchCpu:F2} cores, machine busy {raw.MachineCpu:F2}).\n\n");
            }

            var at = run.Steps.FirstOrDefault(s => s.Clients == TargetClients);
            var verdicts = new List<string>();
            if (at is not null && run.Raw is { } r)
            {
                var ratio = at.PerSecond / r.PerSecond;
                verdicts.Add(string.Create(Inv, $"HTTP at {TargetClients} clients / raw = {at.PerSecond:F0} / {r.PerSecond:F0} = **{ratio:F2}** (target >= {TargetRatio:F2}: {(ratio >= TargetRatio ? "met" : "NOT met")})"));
                var best = run.Steps.MaxBy(s => s.PerSecond)!;
                verdicts.Add(string.Create(Inv, $"best HTTP rate {best.PerSecond:F0}/s at {best.Clients} clients = {best.PerSecond / r.PerSecond:F2} x raw"));
            }

            if (at is not null && run.Name == "SQLite")
            {
                var met = at.PerSecond >= TargetSqliteRate && at.P99Ms < TargetSqliteP99Ms && at.Errors == 0;
                verdicts.Add(string.Create(Inv, $"SQLite at {TargetClients} clients: {at.PerSecond:F0} alerts/s, p99 {at.P99Ms:F1} ms (target >= {TargetSqliteRate:F0}/s and p99 < {TargetSqliteP99Ms:F0} ms, no errors: {(met ? "met" : "NOT met")})"));
            }

            foreach (var v in verdicts)
            {
                sb.Append(Inv, $"- {v}\n");
            }

            sb.Append('\n');
        }

        return sb.ToString();
    }

    /// <summary>Replaces the text between this section's markers, or appends the section.</summary>
    public static void WriteSection(string path, string section, string body)
    {
        var begin = $"<!-- bench:{section}:begin -->";
        var end = $"<!-- bench:{section}:end -->";
        var block = $"{begin}\n{body.TrimEnd()}\n{end}";
        var text = File.Exists(path) ? File.ReadAllText(path) : "# Benchmarks\n\n";
        var i = text.IndexOf(begin, StringComparison.Ordinal);
        var j = text.IndexOf(end, StringComparison.Ordinal);
        text = i >= 0 && j > i
            ? string.Concat(text.AsSpan(0, i), block, text.AsSpan(j + end.Length))
            : text.TrimEnd() + "\n\n" + block + "\n";
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
    }
}
