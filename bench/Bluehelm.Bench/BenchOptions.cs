using System.Globalization;

namespace Bluehelm.Bench;

/// <summary>Command-line options of the benchmark.</summary>
internal sealed record BenchOptions
{
    public IReadOnlyList<string> Databases { get; init; } = ["sqlite", "postgres"];

    public int Seconds { get; init; } = 10;

    public int WarmupSeconds { get; init; } = 2;

    /// <summary>Uncounted load (8 clients) on a fresh server before the first step, so the JIT has optimized the hot path.</summary>
    public int ServerWarmupSeconds { get; init; } = 30;

    public IReadOnlyList<int> Clients { get; init; } = [1, 4, 16, 32, 64];

    public string Out { get; init; } = "docs/benchmarks.md";

    /// <summary>Name of the generated section in the output file (several runs can sit side by side).</summary>
    public string Section { get; init; } = "results";

    public bool NoBuild { get; init; }

    public bool SkipRaw { get; init; }

    public static string Usage => """
        Bluehelm intake benchmark: HTTP POST /api/v1/alerts against the real server (separate process),
        then a raw ADO.NET loop (one INSERT per transaction) with the same durability.

          --db sqlite|postgres|both   databases to run (default both)
          --seconds N                 measured seconds per step (default 10)
          --warmup N                  warm-up seconds per step (default 2)
          --server-warmup N           uncounted seconds of load on a fresh server (default 30)
          --clients 1,4,16,32,64      concurrent closed-loop clients
          --out PATH                  markdown file to write or update (default docs/benchmarks.md)
          --section NAME              generated section to replace in it (default results)
          --no-build                  do not build src/Bluehelm.Web first
          --skip-raw                  skip the raw ADO.NET loop
        """;

    public static BenchOptions Parse(string[] args)
    {
        var o = new BenchOptions();
        for (var i = 0; i < args.Length; i++)
        {
            var arg = args[i];
            string Next() => i + 1 < args.Length ? args[++i] : throw new ArgumentException($"{arg} needs a value");
            o = arg switch
            {
                "--db" => o with
                {
                    Databases = Next().ToLowerInvariant() switch
                    {
                        "both" => ["sqlite", "postgres"],
                        "sqlite" => ["sqlite"],
                        "postgres" or "postgresql" => ["postgres"],
                        var other => throw new ArgumentException($"unknown --db {other}"),
                    },
                },
                "--seconds" => o with { Seconds = int.Parse(Next(), CultureInfo.InvariantCulture) },
                "--warmup" => o with { WarmupSeconds = int.Parse(Next(), CultureInfo.InvariantCulture) },
                "--server-warmup" => o with { ServerWarmupSeconds = int.Parse(Next(), CultureInfo.InvariantCulture) },
                "--clients" => o with
                {
                    Clients = [.. Next().Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
                        .Select(c => int.Parse(c, CultureInfo.InvariantCulture))],
                },
                "--out" => o with { Out = Next() },
                "--section" => o with { Section = Next() },
                "--no-build" => o with { NoBuild = true },
                "--skip-raw" => o with { SkipRaw = true },
                _ => throw new ArgumentException($"unknown option {arg}"),
            };
        }

        if (o.Seconds < 1 || o.WarmupSeconds < 0 || o.Clients.Count == 0 || o.Clients.Any(c => c < 1))
        {
            throw new ArgumentException("--seconds must be >= 1, --warmup >= 0, --clients positive");
        }

        return o;
    }
}
