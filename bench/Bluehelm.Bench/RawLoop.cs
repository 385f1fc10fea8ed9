using System.Data.Common;
using System.Diagnostics;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace Bluehelm.Bench;

/// <summary>
/// The database's own limit: one connection, a sequential loop, one INSERT of an alert-sized row per
/// transaction, with the same durability settings as the application.
/// </summary>
internal static class RawLoop
{
    /// <summary>The pragmas of src/Bluehelm/Platform/Data/SqlitePragmas.cs.</summary>
    public const string SqlitePragmas = "PRAGMA journal_mode=WAL; PRAGMA synchronous=FULL; PRAGMA foreign_keys=ON; PRAGMA busy_timeout=30000;";

    // Same columns, types and secondary indexes as the application's alerts table.
    private const string SqliteTable = """
        CREATE TABLE raw_alerts (
            Id TEXT NOT NULL PRIMARY KEY, MissionId TEXT NOT NULL, ReceivedAt INTEGER NOT NULL, RecordedAt INTEGER NOT NULL,
            Channel INTEGER NOT NULL, ReporterName TEXT NULL, ReporterPhone TEXT NULL, Latitude REAL NULL, Longitude REAL NULL,
            PlaceName TEXT NULL, PrioGridGid INTEGER NULL, NearestSiteId TEXT NULL, NearestSiteName TEXT NULL, NearestSiteDistanceKm REAL NULL,
            ThreatType INTEGER NOT NULL, Severity INTEGER NOT NULL, PeopleAtRisk INTEGER NULL, Women INTEGER NULL, Children INTEGER NULL,
            Displaced INTEGER NULL, Description TEXT NOT NULL, Language TEXT NOT NULL, Status INTEGER NOT NULL, DuplicateOfId TEXT NULL,
            TriagedAt INTEGER NULL, DispatchedAt INTEGER NULL, OnSceneAt INTEGER NULL, ClosedAt INTEGER NULL, OverdueSince INTEGER NULL,
            DispatchDueAt INTEGER NOT NULL, Version INTEGER NOT NULL);
        CREATE INDEX IX_raw_1 ON raw_alerts (MissionId, ReceivedAt, Id);
        CREATE INDEX IX_raw_2 ON raw_alerts (MissionId, Status, Severity);
        CREATE INDEX IX_raw_3 ON raw_alerts (ReporterPhone, Status);
        """;

    private const string PostgresTable = """
        CREATE TABLE raw_alerts (
            "Id" uuid NOT NULL PRIMARY KEY, "MissionId" uuid NOT NULL, "ReceivedAt" timestamptz NOT NULL, "RecordedAt" timestamptz NOT NULL,
            "Channel" integer NOT NULL, "ReporterName" varchar(200) NULL, "ReporterPhone" varchar(32) NULL, "Latitude" double precision NULL, "Longitude" double precision NULL,
            "PlaceName" varchar(200) NULL, "PrioGridGid" integer NULL, "NearestSiteId" uuid NULL, "NearestSiteName" varchar(128) NULL, "NearestSiteDistanceKm" double precision NULL,
            "ThreatType" integer NOT NULL, "Severity" integer NOT NULL, "PeopleAtRisk" integer NULL, "Women" integer NULL, "Children" integer NULL,
            "Displaced" integer NULL, "Description" varchar(4000) NOT NULL, "Language" varchar(8) NOT NULL, "Status" integer NOT NULL, "DuplicateOfId" uuid NULL,
            "TriagedAt" timestamptz NULL, "DispatchedAt" timestamptz NULL, "OnSceneAt" timestamptz NULL, "ClosedAt" timestamptz NULL, "OverdueSince" timestamptz NULL,
            "DispatchDueAt" timestamptz NOT NULL, "Version" integer NOT NULL);
        CREATE INDEX "IX_raw_1" ON raw_alerts ("MissionId", "ReceivedAt", "Id");
        CREATE INDEX "IX_raw_2" ON raw_alerts ("MissionId", "Status", "Severity");
        CREATE INDEX "IX_raw_3" ON raw_alerts ("ReporterPhone", "Status");
        """;

    private const string Columns = "Id, MissionId, ReceivedAt, RecordedAt, Channel, ReporterName, ReporterPhone, Latitude, Longitude, PlaceName, PrioGridGid, NearestSiteId, NearestSiteName, NearestSiteDistanceKm, ThreatType, Severity, PeopleAtRisk, Description, Language, Status, DispatchDueAt, Version";

    public static async Task<StepResult> SqliteAsync(string folder, TimeSpan warmup, TimeSpan measure)
    {
        var path = Path.Combine(folder, "raw.db");
        await using var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = path, Pooling = false }.ToString());
        await connection.OpenAsync();
        await using (var setup = connection.CreateCommand())
        {
            setup.CommandText = SqlitePragmas + SqliteTable;
            await setup.ExecuteNonQueryAsync();
        }

        await using var insert = connection.CreateCommand();
        insert.CommandText = $"INSERT INTO raw_alerts ({Columns}) VALUES ({string.Join(", ", Columns.Split(", ").Select(c => "@" + c))})";
        return await LoopAsync("raw SQLite", connection, insert, (cmd, i) => Bind(cmd, i, sqlite: true), warmup, measure);
    }

    public static async Task<StepResult> PostgresAsync(string connectionString, TimeSpan warmup, TimeSpan measure)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using (var setup = connection.CreateCommand())
        {
            setup.CommandText = PostgresTable;
            await setup.ExecuteNonQueryAsync();
        }

        await using var insert = connection.CreateCommand();
        var quoted = string.Join(", ", Columns.Split(", ").Select(c => "\"" + c + "\""));
        insert.CommandText = $"INSERT INTO raw_alerts ({quoted}) VALUES ({string.Join(", ", Columns.Split(", ").Select(c => "@" + c))})";
        return await LoopAsync("raw PostgreSQL", connection, insert, (cmd, i) => Bind(cmd, i, sqlite: false), warmup, measure);
    }

    private static void Bind(DbCommand cmd, long i, bool sqlite)
    {
        var now = TimeProvider.System.GetUtcNow();
        object Time(DateTimeOffset t) => sqlite ? t.UtcTicks : t;
        object Id(Guid g) => sqlite ? g.ToString().ToUpperInvariant() : g;
        var values = new Dictionary<string, object?>
        {
            ["Id"] = Id(Guid.CreateVersion7()),
            ["MissionId"] = Id(MissionId),
            ["ReceivedAt"] = Time(now),
            ["RecordedAt"] = Time(now),
            ["Channel"] = 2,
            ["ReporterName"] = "Community alert network",
            ["ReporterPhone"] = "+2367200" + (1000 + (i % 1024)).ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Latitude"] = 3.0 + (i % 700) / 100.0,
            ["Longitude"] = 15.5 + (i % 1100) / 100.0,
            ["PlaceName"] = null,
            ["PrioGridGid"] = 180_000 + (int)(i % 1000),
            ["NearestSiteId"] = Id(SiteId),
            ["NearestSiteName"] = "Bangui",
            ["NearestSiteDistanceKm"] = 12.34,
            ["ThreatType"] = 1 + (int)(i % 7),
            ["Severity"] = 1 + (int)(i % 4),
            ["PeopleAtRisk"] = 40,
            ["Description"] = "Armed men seen near the village market; residents report threats and ask for a patrol. Benchmark alert " + i.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Language"] = "en",
            ["Status"] = 1,
            ["DispatchDueAt"] = Time(now.AddMinutes(60)),
            ["Version"] = 0,
        };
        if (cmd.Parameters.Count == 0)
        {
            foreach (var (name, _) in values)
            {
                var p = cmd.CreateParameter();
                p.ParameterName = "@" + name;
                cmd.Parameters.Add(p);
            }
        }

        foreach (var (name, value) in values)
        {
            cmd.Parameters["@" + name].Value = value ?? DBNull.Value;
        }
    }

    private static readonly Guid MissionId = Guid.CreateVersion7();
    private static readonly Guid SiteId = Guid.CreateVersion7();

    private static async Task<StepResult> LoopAsync(string name, DbConnection connection, DbCommand insert, Action<DbCommand, long> bind, TimeSpan warmup, TimeSpan measure)
    {
        var start = Stopwatch.GetTimestamp();
        var measureFrom = start + (long)(warmup.TotalSeconds * Stopwatch.Frequency);
        var measureTo = measureFrom + (long)(measure.TotalSeconds * Stopwatch.Frequency);
        var latencies = new List<long>(100_000);
        var benchCpuStart = 0.0;
        var machineStart = 0.0;
        var started = false;
        long i = 0;

        // The database's best: the statement is prepared once (PostgreSQL: parsed and planned once on the server).
        bind(insert, i);
        await insert.PrepareAsync();
        while (true)
        {
            var t0 = Stopwatch.GetTimestamp();
            if (t0 >= measureTo)
            {
                break;
            }

            if (!started && t0 >= measureFrom)
            {
                started = true;
                benchCpuStart = Process.GetCurrentProcess().TotalProcessorTime.TotalSeconds + Shell.CpuSecondsOfAll("/usr/lib/postgresql");
                machineStart = Shell.MachineBusySeconds();
            }

            bind(insert, i++);
            await using (var tx = await connection.BeginTransactionAsync())
            {
                insert.Transaction = tx;
                await insert.ExecuteNonQueryAsync();
                await tx.CommitAsync();
            }

            var t1 = Stopwatch.GetTimestamp();
            if (t0 >= measureFrom && t1 <= measureTo)
            {
                latencies.Add(t1 - t0);
            }
        }

        var machine = (Shell.MachineBusySeconds() - machineStart) / measure.TotalSeconds;
        var cpu = (Process.GetCurrentProcess().TotalProcessorTime.TotalSeconds + Shell.CpuSecondsOfAll("/usr/lib/postgresql") - benchCpuStart) / measure.TotalSeconds;
        var (p50, p99, max) = Percentiles.Of(latencies);
        return new StepResult(name, 1, measure.TotalSeconds, latencies.Count, p50, p99, max, 0, null, 0, cpu, machine);
    }
}
