using Microsoft.Data.Sqlite;
using System.Text;
using SQLitePCL;

namespace Bluehelm.Modules.Incidents.Import;

/// <summary>
/// SQLite's bulk path: inside the importer's one transaction, one prepared INSERT and one prepared
/// UPDATE, executed through SQLitePCL.raw (the engine binding Microsoft.Data.Sqlite itself runs on)
/// with parameters bound by position: no boxing, no parameter-name lookups, text bound as UTF-16
/// spans. Values are written as EF's SQLite mappings write them (Guid as upper-case TEXT, DateOnly as
/// <c>yyyy-MM-dd</c>, enums and booleans as integers). Which rows exist, and with what hash, is read
/// once per dataset into memory: source id to hash, a few tens of bytes per event.
/// </summary>
internal sealed class SqliteEventWriter : IEventBulkWriter
{
    private readonly SqliteConnection _connection;
    private readonly SqliteTransaction _transaction;
    private readonly sqlite3 _db;
    private readonly sqlite3_stmt _insert;
    private readonly sqlite3_stmt _update;
    private readonly int _updateParameters;
    private readonly List<string> _dropped = [];
    private byte[] _utf8 = new byte[4096];
    private readonly Dictionary<(EventSource, string), Dictionary<string, long>> _existing = [];
    private int _added;
    private int _updated;
    private int _unchanged;

    public SqliteEventWriter(SqliteConnection connection, SqliteTransaction transaction)
    {
        _connection = connection;
        _transaction = transaction;
        _db = connection.Handle ?? throw new InvalidOperationException("The SQLite connection is not open.");
        // Both put back when done, as the connection is pooled: a larger page cache for this
        // connection while it imports, and a helper thread for the sorts that rebuild the indexes.
        Pragma("PRAGMA cache_size=-262144; PRAGMA threads=2");
        // ?N is the column's position in EventColumns.All, plus one: the same numbering in both statements.
        _insert = Prepare($"INSERT INTO {EventColumns.Table} ({string.Join(", ", EventColumns.All.Select(c => "\"" + c + "\""))}) VALUES ({string.Join(", ", EventColumns.All.Select((_, i) => "?" + (i + 1)))})");
        _update = Prepare($"UPDATE {EventColumns.Table} SET {string.Join(", ", EventColumns.Updated.Select(c => "\"" + c + "\" = ?" + (Array.IndexOf(EventColumns.All, c) + 1)))} " +
                          $"WHERE \"Source\" = ?{Position("Source")} AND \"Dataset\" = ?{Position("Dataset")} AND \"SourceId\" = ?{Position("SourceId")}");
        _updateParameters = raw.sqlite3_bind_parameter_count(_update);
        DropIndexesIfEmpty();
    }

    /// <summary>
    /// Into an empty table, rows go in without the secondary indexes, which are built again once at
    /// the end (in the same transaction: a rollback brings them back as they were). Sorting a million
    /// keys once costs far less than a million random index inserts. The unique (source, dataset,
    /// source id) index is checked again when it is rebuilt; within the file the importer has already
    /// refused a repeated id.
    /// </summary>
    private void DropIndexesIfEmpty()
    {
        using var command = _connection.CreateCommand();
        command.Transaction = _transaction;
        command.CommandText = $"SELECT EXISTS (SELECT 1 FROM {EventColumns.Table})";
        if (Convert.ToInt64(command.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture) != 0)
        {
            return;
        }

        var indexes = new List<(string Name, string Sql)>();
        command.CommandText = "SELECT name, sql FROM sqlite_master WHERE type = 'index' AND tbl_name = $t AND sql IS NOT NULL";
        command.Parameters.AddWithValue("$t", EventColumns.Table);
        using (var rows = command.ExecuteReader())
        {
            while (rows.Read())
            {
                indexes.Add((rows.GetString(0), rows.GetString(1)));
            }
        }

        command.Parameters.Clear();
        foreach (var (name, sql) in indexes)
        {
            command.CommandText = "DROP INDEX \"" + name.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
            command.ExecuteNonQuery();
            _dropped.Add(sql);
        }
    }

    private static int Position(string column) => Array.IndexOf(EventColumns.All, column) + 1;

    private sqlite3_stmt Prepare(string sql)
    {
        Check(raw.sqlite3_prepare_v2(_db, sql, out var statement));
        return statement;
    }

    public ValueTask WriteAsync(ConflictEvent e, CancellationToken ct)
    {
        var existing = ExistingOf(e.Source, e.Dataset);
        if (existing.TryGetValue(e.SourceId, out var hash))
        {
            if (hash == e.ContentHash)
            {
                _unchanged++;
                return ValueTask.CompletedTask;
            }

            Execute(_update, _updateParameters, e);
            existing[e.SourceId] = e.ContentHash;
            _updated++;
            return ValueTask.CompletedTask;
        }

        Execute(_insert, EventColumns.All.Length, e);
        existing[e.SourceId] = e.ContentHash;
        _added++;
        return ValueTask.CompletedTask;
    }

    public Task<(int Added, int Updated, int Unchanged)> CompleteAsync(CancellationToken ct)
    {
        foreach (var sql in _dropped)
        {
            Pragma(sql);
        }

        _dropped.Clear();
        return Task.FromResult((_added, _updated, _unchanged));
    }

    private Dictionary<string, long> ExistingOf(EventSource source, string dataset)
    {
        if (_existing.TryGetValue((source, dataset), out var known))
        {
            return known;
        }

        known = new Dictionary<string, long>(StringComparer.Ordinal);
        using (var select = _connection.CreateCommand())
        {
            select.Transaction = _transaction;
            select.CommandText = $"SELECT \"SourceId\", \"ContentHash\" FROM {EventColumns.Table} WHERE \"Source\" = $s AND \"Dataset\" = $d";
            select.Parameters.AddWithValue("$s", (int)source);
            select.Parameters.AddWithValue("$d", dataset);
            using var rows = select.ExecuteReader();
            while (rows.Read())
            {
                known[rows.GetString(0)] = rows.GetInt64(1);
            }
        }

        _existing[(source, dataset)] = known;
        return known;
    }

    private void Execute(sqlite3_stmt s, int count, ConflictEvent e)
    {
        // Positions are those of EventColumns.All (1-based); an UPDATE has fewer (it never sets the links).
        Guid(s, 1, e.Id);
        Int(s, 2, (int)e.Source);
        Text(s, 3, e.Dataset);
        Text(s, 4, e.DatasetVersion);
        Text(s, 5, e.SourceId);
        Guid(s, 6, e.ImportId);
        Int(s, 7, e.RowNumber);
        Check(raw.sqlite3_bind_int64(s, 8, e.ContentHash));
        Date(s, 9, e.DateStart);
        Date(s, 10, e.DateEnd);
        Int(s, 11, (int)e.DatePrecision);
        Check(raw.sqlite3_bind_double(s, 12, e.Latitude));
        Check(raw.sqlite3_bind_double(s, 13, e.Longitude));
        Int(s, 14, e.GeoPrecision);
        Text(s, 15, e.CountryIso2);
        Text(s, 16, e.Admin1);
        Text(s, 17, e.Admin2);
        Text(s, 18, e.Locality);
        Int(s, 19, e.PrioGridGid);
        Int(s, 20, (int)e.Threat);
        Int(s, 21, e.AgainstCivilians ? 1 : 0);
        Text(s, 22, e.SourceType);
        Text(s, 23, e.SourceSubType);
        Int(s, 24, e.CivilianTargeting is { } t ? (t ? 1 : 0) : null);
        Text(s, 25, e.Actor1);
        Text(s, 26, e.Actor2);
        Int(s, 27, e.Fatalities);
        Int(s, 28, e.FatalitiesLow);
        Int(s, 29, e.FatalitiesHigh);
        Int(s, 30, e.CivilianDeaths);
        Text(s, 31, e.Notes);
        if (count >= 33)
        {
            Guid(s, 32, e.MissionId);
            Guid(s, 33, e.AlertId);
        }

        var rc = raw.sqlite3_step(s);
        raw.sqlite3_reset(s);
        if (rc != raw.SQLITE_DONE)
        {
            throw new SqliteException(raw.sqlite3_errmsg(_db).utf8_to_string(), rc);
        }
    }

    private static void Int(sqlite3_stmt s, int index, int? value) =>
        Check(value is { } v ? raw.sqlite3_bind_int64(s, index, v) : raw.sqlite3_bind_null(s, index));

    private void Text(sqlite3_stmt s, int index, string? value)
    {
        if (value is null)
        {
            Check(raw.sqlite3_bind_null(s, index));
            return;
        }

        // Bound as UTF-8, the database's encoding, so SQLite stores the bytes without converting them.
        var most = Encoding.UTF8.GetMaxByteCount(value.Length);
        if (most > _utf8.Length)
        {
            _utf8 = new byte[Math.Max(most, _utf8.Length * 2)];
        }

        var n = Encoding.UTF8.GetBytes(value, _utf8);
        Check(raw.sqlite3_bind_text(s, index, _utf8.AsSpan(0, n)));
    }

    private static void Guid(sqlite3_stmt s, int index, Guid? value)
    {
        if (value is not { } g)
        {
            Check(raw.sqlite3_bind_null(s, index));
            return;
        }

        // Microsoft.Data.Sqlite (and so EF) writes a Guid as TEXT: "D" format, upper case.
        Span<char> text = stackalloc char[36];
        g.TryFormat(text, out _, "D");
        for (var i = 0; i < text.Length; i++)
        {
            text[i] = char.ToUpperInvariant(text[i]);
        }

        Check(raw.sqlite3_bind_text16(s, index, text));
    }

    private static void Date(sqlite3_stmt s, int index, DateOnly value)
    {
        Span<char> text = stackalloc char[10];
        value.TryFormat(text, out _, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        Check(raw.sqlite3_bind_text16(s, index, text));
    }

    private static void Check(int rc)
    {
        if (rc != raw.SQLITE_OK)
        {
            throw new SqliteException("SQLite bind failed", rc);
        }
    }

    private void Pragma(string sql)
    {
        using var pragma = _connection.CreateCommand();
        pragma.Transaction = _transaction;
        pragma.CommandText = sql;
        pragma.ExecuteNonQuery();
    }

    public ValueTask DisposeAsync()
    {
        raw.sqlite3_finalize(_insert);
        raw.sqlite3_finalize(_update);
        Pragma("PRAGMA cache_size=-2000; PRAGMA threads=0");
        return ValueTask.CompletedTask;
    }
}
