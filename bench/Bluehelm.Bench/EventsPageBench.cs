using System.Data.Common;
using System.Diagnostics;
using System.Globalization;
using System.Security.Claims;
using System.Text;
using Bluehelm.Modules.Alerts.Contracts;
using Bluehelm.Modules.Incidents;
using Bluehelm.Platform.Data;
using Bluehelm.Platform.Geo;
using Bluehelm.Platform.Hosting;
using Bluehelm.Platform.Identity;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Npgsql;
using NpgsqlTypes;

namespace Bluehelm.Bench;

/// <summary>
/// <c>events-page</c>: the event list's server-side query at 1,000,000 events. Fills the event table of
/// a migrated database with raw SQL (SQLite: one prepared INSERT in one transaction; PostgreSQL: binary
/// COPY), then times <see cref="EventQueries.PageAsync"/> itself (the page's rows and its capped count)
/// for the filtered pages the list offers, and prints each page query's plan.
/// </summary>
internal static class EventsPageBench
{
    private const double TargetMs = 200;

    private static readonly string[] Countries = ["CD", "NG", "SO", "SD", "SS", "ML", "BF", "CF", "ET", "CM", "NE", "MZ", "LY", "TD", "KE", "UG", "BI", "AO", "ZW", "CI"];

    // Conflict data is uneven: a few countries carry most events.
    private static readonly int[] CountryWeights = [18, 14, 12, 9, 8, 7, 6, 5, 5, 3, 3, 2, 2, 1, 1, 1, 1, 1, 0, 1];

    private static readonly int[] ThreatWeights = [30, 4, 3, 6, 28, 10, 4, 4, 1, 1, 6, 2];

    public static async Task<int> RunAsync(string[] args, string root)
    {
        var rows = 1_000_000;
        var databases = new List<string> { "sqlite", "postgres" };
        var outPath = Path.Combine(root, "docs", "benchmarks.md");
        for (var i = 0; i < args.Length; i++)
        {
            switch (args[i])
            {
                case "--rows":
                    rows = int.Parse(args[++i], CultureInfo.InvariantCulture);
                    break;
                case "--db":
                    databases = args[++i] == "both" ? ["sqlite", "postgres"] : [args[i]];
                    break;
                case "--out":
                    outPath = Path.GetFullPath(args[++i], root);
                    break;
                default:
                    throw new ArgumentException("events-page options: --rows 1000000, --db sqlite|postgres|both, --out docs/benchmarks.md; unknown: " + args[i]);
            }
        }

        var report = new StringBuilder();
        report.AppendLine(CultureInfo.InvariantCulture, $"Command: `dotnet run -c Release --project bench/Bluehelm.Bench -- events-page{(args.Length > 0 ? " " + string.Join(' ', args) : "")}`, {Environment.ProcessorCount} cores, {TimeProvider.System.GetUtcNow():yyyy-MM-dd}.");
        report.AppendLine(CultureInfo.InvariantCulture, $"{rows:N0} events, dates 1989-2024, {Countries.Length} countries, 12 threats, four sources; each query run 5 times to warm up, then 30 timed; time of `EventQueries.PageAsync` (50 rows and the count capped at {EventQueries.CountCap:N0}) against the {TargetMs:F0} ms target.");
        foreach (var db in databases)
        {
            if (db == "sqlite")
            {
                var dir = Directory.CreateTempSubdirectory("bluehelm-events-bench-").FullName;
                try
                {
                    await RunOneAsync(report, "sqlite", $"Data Source={Path.Combine(dir, "bluehelm.db")};Pooling=True", dir, rows);
                }
                finally
                {
                    SqliteConnection.ClearAllPools();
                    Directory.Delete(dir, recursive: true);
                }
            }
            else
            {
                await using var cluster = await PostgresCluster.StartAsync();
                var dir = Directory.CreateTempSubdirectory("bluehelm-events-bench-").FullName;
                try
                {
                    await RunOneAsync(report, "postgres", cluster.ConnectionString("bluehelm_events"), dir, rows, cluster.Version);
                }
                finally
                {
                    NpgsqlConnection.ClearAllPools();
                    Directory.Delete(dir, recursive: true);
                }
            }
        }

        Console.WriteLine(report);
        Report.WriteSection(outPath, "events-page", report.ToString());
        Console.WriteLine($"wrote section 'events-page' of {outPath}");
        return 0;
    }

    private static async Task RunOneAsync(StringBuilder report, string provider, string connection, string dataDir, int rows, string? version = null)
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true });
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Bluehelm:DataDirectory"] = dataDir,
            ["Bluehelm:Database:Provider"] = provider,
            ["Bluehelm:Database:ConnectionString"] = connection,
            ["BLUEHELM_ADMIN_PASSWORD"] = "Bench-Admin-Pass-1!",
            ["BLUEHELM_DEMO_PASSWORD"] = "Bench-Demo-Pass-1!",
        });
        builder.Logging.ClearProviders();
        builder.Services.AddBluehelmCore(builder.Configuration, Bluehelm.BluehelmModules.All);
        using var host = builder.Build();
        await host.Services.GetRequiredService<DatabaseInitializer>().InitializeAsync(seedDemo: false);

        var fill = Stopwatch.StartNew();
        await using (var scope = host.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<BluehelmDbContext>();
            var conn = db.Database.GetDbConnection();
            await conn.OpenAsync();
            if (provider == "sqlite")
            {
                await FillSqliteAsync((SqliteConnection)conn, rows);
            }
            else
            {
                await FillPostgresAsync((NpgsqlConnection)conn, rows);
            }

            await using var analyze = conn.CreateCommand();
            analyze.CommandText = provider == "sqlite" ? "ANALYZE" : "ANALYZE incidents_events";
            await analyze.ExecuteNonQueryAsync();
            version ??= "SQLite " + conn.ServerVersion;
        }

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"[{provider}] filled {rows:N0} events in {fill.Elapsed.TotalSeconds:F1} s"));
        report.AppendLine().AppendLine(CultureInfo.InvariantCulture, $"### {version}").AppendLine()
            .AppendLine(CultureInfo.InvariantCulture, $"Filled by the bench in {fill.Elapsed.TotalSeconds:F1} s, then `ANALYZE`.").AppendLine()
            .AppendLine("| page | user | rows | count | median ms | p95 ms | target |").AppendLine("|---|---|---:|---:|---:|---:|---|");

        var admin = Principal(Roles.Admin, null);
        var joc = Principal(Roles.JocOfficer, "MINUSCA");
        var depth = Math.Min(100_000, rows / 2);
        var deep = await CursorAtAsync(host.Services, depth);
        var cases = new (string Name, EventFilter Filter, (DateOnly, Guid)? Cursor)[]
        {
            ("newest, no filter", new EventFilter(), null),
            ($"{depth:N0} rows deep by cursor", new EventFilter(), deep),
            ("country CD, 2015-2018", new EventFilter(From: new DateOnly(2015, 1, 1), To: new DateOnly(2018, 12, 31), CountryIso2: "CD"), null),
            ("threat abduction", new EventFilter(Threats: [ThreatType.Abduction]), null),
            ("threat child recruitment (rare)", new EventFilter(Threats: [ThreatType.ChildRecruitment]), null),
            ("at least 25 deaths", new EventFilter(MinFatalities: 25), null),
            ("at least 100 deaths", new EventFilter(MinFatalities: 100), null),
            ("at least 1,000 deaths (rare)", new EventFilter(MinFatalities: 1000), null),
            ("source Bluehelm (rare)", new EventFilter(Source: EventSource.Bluehelm), null),
            ("civilians only, country ML", new EventFilter(CountryIso2: "ML", CiviliansOnly: true), null),
        };
        var plans = new StringBuilder();
        foreach (var (name, filter, cursor) in cases)
        {
            foreach (var (userName, user) in new[] { ("admin", admin), ("JOC (one mission)", joc) })
            {
                var (median, p95, page) = await TimeAsync(host.Services, user, filter, cursor);
                report.AppendLine(CultureInfo.InvariantCulture,
                    $"| {name} | {userName} | {page.Items.Count} | {(page.MatchingCapped ? "> " + EventQueries.CountCap.ToString("N0", CultureInfo.InvariantCulture) : page.Matching.ToString("N0", CultureInfo.InvariantCulture))} | {median:F1} | {p95:F1} | {(p95 < TargetMs ? "met" : "MISSED")} |");
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"[{provider}] {name} / {userName}: median {median:F1} ms, p95 {p95:F1} ms"));
            }

            plans.AppendLine(CultureInfo.InvariantCulture, $"{name}:").AppendLine(await PlanAsync(host.Services, provider, admin, filter, cursor)).AppendLine();
        }

        report.AppendLine().AppendLine("Plans of the page queries (administrator):").AppendLine().AppendLine("```").Append(plans.ToString().TrimEnd()).AppendLine().AppendLine("```");
    }

    private static async Task<(double Median, double P95, EventPage Page)> TimeAsync(IServiceProvider services, ClaimsPrincipal user, EventFilter filter, (DateOnly, Guid)? cursor)
    {
        var times = new List<double>();
        EventPage? page = null;
        for (var i = 0; i < 35; i++)
        {
            await using var scope = services.CreateAsyncScope();
            var q = scope.ServiceProvider.GetRequiredService<EventQueries>();
            var sw = Stopwatch.StartNew();
            page = await q.PageAsync(user, filter, cursor, EventQueries.PageSize, CancellationToken.None);
            sw.Stop();
            if (i >= 5)
            {
                times.Add(sw.Elapsed.TotalMilliseconds);
            }
        }

        times.Sort();
        return (times[times.Count / 2], times[(int)Math.Ceiling(times.Count * 0.95) - 1], page!);
    }

    private static async Task<(DateOnly, Guid)> CursorAtAsync(IServiceProvider services, int offset)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<BluehelmDbContext>();
        var row = await db.Set<ConflictEvent>().OrderByDescending(e => e.DateStart).ThenByDescending(e => e.Id).Skip(offset).Select(e => new { e.DateStart, e.Id }).FirstAsync();
        return (row.DateStart, row.Id);
    }

    private static async Task<string> PlanAsync(IServiceProvider services, string provider, ClaimsPrincipal user, EventFilter filter, (DateOnly, Guid)? cursor)
    {
        await using var scope = services.CreateAsyncScope();
        var queries = scope.ServiceProvider.GetRequiredService<EventQueries>();
        var db = scope.ServiceProvider.GetRequiredService<BluehelmDbContext>();
        var filtered = EventQueries.Apply(await queries.VisibleAsync(user, CancellationToken.None), filter);
        return "  keys (count and sparse pages):\n" + await ExplainAsync(db, provider, EventQueries.KeysQuery(filtered, EventQueries.SparseKeys + 1).CreateDbCommand())
            + "\n  ordered page (dense sets):\n" + await ExplainAsync(db, provider, EventQueries.PageQuery(filtered, cursor, EventQueries.PageSize).CreateDbCommand());
    }

    private static async Task<string> ExplainAsync(BluehelmDbContext db, string provider, DbCommand query)
    {
        await using var command = query;
        command.CommandText = (provider == "sqlite" ? "EXPLAIN QUERY PLAN " : "EXPLAIN ") + command.CommandText;
        await db.Database.OpenConnectionAsync();
        var lines = new List<string>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            lines.Add(provider == "sqlite" ? "    " + reader.GetString(3) : "    " + reader.GetString(0));
        }

        return string.Join('\n', lines);
    }

    private static ClaimsPrincipal Principal(string role, string? mission)
    {
        var claims = new List<Claim> { new(ClaimTypes.Role, role), new(ClaimTypes.Name, "bench") };
        if (mission is not null)
        {
            claims.Add(new Claim(BluehelmClaims.Mission, mission));
        }

        return new ClaimsPrincipal(new ClaimsIdentity(claims, "bench", ClaimTypes.Name, ClaimTypes.Role));
    }

    /// <summary>One synthetic event, seeded by its row number so both databases hold the same million.</summary>
    private sealed record Row(Guid Id, int Source, string SourceId, DateOnly Day, double Latitude, double Longitude, string Country, string Admin1, int Gid, int Threat, bool Civilians, int Fatalities);

    private static IEnumerable<Row> Rows(int count)
    {
        var random = new Random(20261201);
        var countryTotal = CountryWeights.Sum();
        var threatTotal = ThreatWeights.Sum();
        var first = new DateOnly(1989, 1, 1).DayNumber;
        var span = new DateOnly(2024, 12, 31).DayNumber - first;
        for (var i = 0; i < count; i++)
        {
            var country = Countries[Pick(random, CountryWeights, countryTotal)];
            var threat = 1 + Pick(random, ThreatWeights, threatTotal);
            // More events in recent years, as in the datasets.
            var day = DateOnly.FromDayNumber(first + (int)(span * Math.Sqrt(random.NextDouble())));
            var lat = -30 + (random.NextDouble() * 50);
            var lon = -15 + (random.NextDouble() * 60);
            // Log-normal deaths with many zeros: about 3% of events reach 25 deaths and 0.1% reach 100, as in UCDP GED.
            var deaths = random.NextDouble() < 0.35 ? 0 : (int)Math.Min(5000, Math.Floor(Math.Exp(0.7 + (1.3 * Gaussian(random)))));
            var roll = random.Next(1000);
            var source = roll < 700 ? 2 : roll < 985 ? 3 : roll < 998 ? 4 : 1;
            var civilians = threat is 1 or 2 or 3 or 4 or 7 or 9;
            yield return new Row(Guid.CreateVersion7(), source, "bench-" + i.ToString(CultureInfo.InvariantCulture), day, lat, lon, country,
                country + "-" + random.Next(1, 12).ToString(CultureInfo.InvariantCulture), PrioGrid.CellOf(lat, lon), threat, civilians, deaths);
        }
    }

    private static double Gaussian(Random random) => Math.Sqrt(-2 * Math.Log(1 - random.NextDouble())) * Math.Cos(2 * Math.PI * random.NextDouble());

    private static int Pick(Random random, int[] weights, int total)
    {
        var r = random.Next(total);
        for (var i = 0; i < weights.Length; i++)
        {
            r -= weights[i];
            if (r < 0)
            {
                return i;
            }
        }

        return weights.Length - 1;
    }

    private static async Task FillSqliteAsync(SqliteConnection conn, int count)
    {
        // A page cache large enough for the indexes being filled (the application's own connections keep the default).
        await using (var pragma = conn.CreateCommand())
        {
            pragma.CommandText = "PRAGMA cache_size = -400000";
            await pragma.ExecuteNonQueryAsync();
        }

        await using var tx = (SqliteTransaction)await conn.BeginTransactionAsync();
        await using var cmd = conn.CreateCommand();
        cmd.Transaction = tx;
        cmd.CommandText = """
            INSERT INTO incidents_events (Id, Source, Dataset, SourceId, ContentHash, DateStart, DateEnd, DatePrecision, Latitude, Longitude, CountryIso2, Admin1, Locality, PrioGridGid, Threat, AgainstCivilians, SourceType, Fatalities)
            VALUES ($id, $source, 'bench', $sid, 0, $day, $day, 1, $lat, $lon, $country, $admin1, 'bench', $gid, $threat, $civ, 'bench', $deaths)
            """;
        var names = new[] { "$id", "$source", "$sid", "$day", "$lat", "$lon", "$country", "$admin1", "$gid", "$threat", "$civ", "$deaths" };
        var p = names.Select(n => cmd.Parameters.Add(new SqliteParameter { ParameterName = n })).ToArray();
        cmd.Prepare();
        foreach (var r in Rows(count))
        {
            // As EF Core stores them on SQLite: GUIDs as upper-case text, dates as yyyy-MM-dd.
            p[0].Value = r.Id.ToString().ToUpperInvariant();
            p[1].Value = r.Source;
            p[2].Value = r.SourceId;
            p[3].Value = r.Day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
            p[4].Value = r.Latitude;
            p[5].Value = r.Longitude;
            p[6].Value = r.Country;
            p[7].Value = r.Admin1;
            p[8].Value = r.Gid;
            p[9].Value = r.Threat;
            p[10].Value = r.Civilians ? 1 : 0;
            p[11].Value = r.Fatalities;
            cmd.ExecuteNonQuery();
        }

        await tx.CommitAsync();
    }

    private static async Task FillPostgresAsync(NpgsqlConnection conn, int count)
    {
        await using var writer = await conn.BeginBinaryImportAsync(
            "COPY incidents_events (\"Id\", \"Source\", \"Dataset\", \"SourceId\", \"ContentHash\", \"DateStart\", \"DateEnd\", \"DatePrecision\", \"Latitude\", \"Longitude\", \"CountryIso2\", \"Admin1\", \"Locality\", \"PrioGridGid\", \"Threat\", \"AgainstCivilians\", \"SourceType\", \"Fatalities\") FROM STDIN (FORMAT BINARY)");
        foreach (var r in Rows(count))
        {
            await writer.StartRowAsync();
            await writer.WriteAsync(r.Id, NpgsqlDbType.Uuid);
            await writer.WriteAsync(r.Source, NpgsqlDbType.Integer);
            await writer.WriteAsync("bench", NpgsqlDbType.Varchar);
            await writer.WriteAsync(r.SourceId, NpgsqlDbType.Varchar);
            await writer.WriteAsync(0L, NpgsqlDbType.Bigint);
            await writer.WriteAsync(r.Day, NpgsqlDbType.Date);
            await writer.WriteAsync(r.Day, NpgsqlDbType.Date);
            await writer.WriteAsync(1, NpgsqlDbType.Integer);
            await writer.WriteAsync(r.Latitude, NpgsqlDbType.Double);
            await writer.WriteAsync(r.Longitude, NpgsqlDbType.Double);
            await writer.WriteAsync(r.Country, NpgsqlDbType.Varchar);
            await writer.WriteAsync(r.Admin1, NpgsqlDbType.Varchar);
            await writer.WriteAsync("bench", NpgsqlDbType.Varchar);
            await writer.WriteAsync(r.Gid, NpgsqlDbType.Integer);
            await writer.WriteAsync(r.Threat, NpgsqlDbType.Integer);
            await writer.WriteAsync(r.Civilians, NpgsqlDbType.Boolean);
            await writer.WriteAsync("bench", NpgsqlDbType.Varchar);
            await writer.WriteAsync(r.Fatalities, NpgsqlDbType.Integer);
        }

        await writer.CompleteAsync();
    }
}
