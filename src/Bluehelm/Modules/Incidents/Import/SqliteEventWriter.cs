using Microsoft.Data.Sqlite;

namespace Bluehelm.Modules.Incidents.Import;

/// <summary>
/// SQLite's bulk path: inside the importer's one transaction, one prepared INSERT and one prepared
/// UPDATE, their parameters made once and only their values set per row (SQLite parses each
/// statement once). Which rows exist, and with what hash, is read once per dataset into memory:
/// source id to hash, a few tens of bytes per event.
/// </summary>
internal sealed class SqliteEventWriter : IEventBulkWriter
{
    private readonly SqliteConnection _connection;
    private readonly SqliteTransaction _transaction;
    private readonly SqliteCommand _insert;
    private readonly SqliteCommand _update;
    private readonly SqliteParameter?[] _insertValues = new SqliteParameter?[EventColumns.All.Length];
    private readonly SqliteParameter?[] _updateValues = new SqliteParameter?[EventColumns.All.Length];
    private readonly Dictionary<(EventSource, string), Dictionary<string, long>> _existing = [];
    private int _added;
    private int _updated;
    private int _unchanged;

    public SqliteEventWriter(SqliteConnection connection, SqliteTransaction transaction)
    {
        _connection = connection;
        _transaction = transaction;
        // A larger page cache for this connection while it imports (the five indexes of the table
        // take random inserts); put back to SQLite's default when done, as the connection is pooled.
        Pragma("PRAGMA cache_size=-65536");
        _insert = Command(_insertValues, $"INSERT INTO {EventColumns.Table} ({string.Join(", ", EventColumns.All.Select(c => "\"" + c + "\""))}) VALUES ({string.Join(", ", EventColumns.All.Select(c => "$" + c))})");
        _update = Command(_updateValues, $"UPDATE {EventColumns.Table} SET {string.Join(", ", EventColumns.Updated.Select(c => "\"" + c + "\" = $" + c))} WHERE \"Source\" = $Source AND \"Dataset\" = $Dataset AND \"SourceId\" = $SourceId");
    }

    private SqliteCommand Command(SqliteParameter?[] values, string sql)
    {
        var command = _connection.CreateCommand();
        command.Transaction = _transaction;
        command.CommandText = sql;
        for (var i = 0; i < EventColumns.All.Length; i++)
        {
            var column = EventColumns.All[i];
            if (sql.Contains("$" + column + ",", StringComparison.Ordinal) || sql.Contains("$" + column + ")", StringComparison.Ordinal) || sql.EndsWith("$" + column, StringComparison.Ordinal) || sql.Contains("$" + column + " ", StringComparison.Ordinal))
            {
                values[i] = command.Parameters.Add(new SqliteParameter("$" + column, column switch
                {
                    "Id" or "ImportId" or "MissionId" or "AlertId" or "Dataset" or "DatasetVersion" or "SourceId" or "DateStart" or "DateEnd" or "CountryIso2"
                        or "Admin1" or "Admin2" or "Locality" or "SourceType" or "SourceSubType" or "Actor1" or "Actor2" or "Notes" => SqliteType.Text,
                    "Latitude" or "Longitude" => SqliteType.Real,
                    _ => SqliteType.Integer,
                }));
            }
        }

        command.Prepare();
        return command;
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

            Bind(_updateValues, e);
            _update.ExecuteNonQuery();
            existing[e.SourceId] = e.ContentHash;
            _updated++;
            return ValueTask.CompletedTask;
        }

        Bind(_insertValues, e);
        _insert.ExecuteNonQuery();
        existing[e.SourceId] = e.ContentHash;
        _added++;
        return ValueTask.CompletedTask;
    }

    public Task<(int Added, int Updated, int Unchanged)> CompleteAsync(CancellationToken ct) => Task.FromResult((_added, _updated, _unchanged));

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

    private static void Bind(SqliteParameter?[] p, ConflictEvent e)
    {
        // Values as EF's SQLite mappings write them: Guid and DateOnly as TEXT (Microsoft.Data.Sqlite's
        // own conversions, which EF uses too), enums and booleans as integers.
        Set(p, 0, e.Id);
        Set(p, 1, (int)e.Source);
        Set(p, 2, e.Dataset);
        Set(p, 3, (object?)e.DatasetVersion ?? DBNull.Value);
        Set(p, 4, e.SourceId);
        Set(p, 5, (object?)e.ImportId ?? DBNull.Value);
        Set(p, 6, (object?)e.RowNumber ?? DBNull.Value);
        Set(p, 7, e.ContentHash);
        Set(p, 8, e.DateStart);
        Set(p, 9, e.DateEnd);
        Set(p, 10, (int)e.DatePrecision);
        Set(p, 11, e.Latitude);
        Set(p, 12, e.Longitude);
        Set(p, 13, (object?)e.GeoPrecision ?? DBNull.Value);
        Set(p, 14, (object?)e.CountryIso2 ?? DBNull.Value);
        Set(p, 15, (object?)e.Admin1 ?? DBNull.Value);
        Set(p, 16, (object?)e.Admin2 ?? DBNull.Value);
        Set(p, 17, (object?)e.Locality ?? DBNull.Value);
        Set(p, 18, e.PrioGridGid);
        Set(p, 19, (int)e.Threat);
        Set(p, 20, e.AgainstCivilians);
        Set(p, 21, (object?)e.SourceType ?? DBNull.Value);
        Set(p, 22, (object?)e.SourceSubType ?? DBNull.Value);
        Set(p, 23, (object?)e.CivilianTargeting ?? DBNull.Value);
        Set(p, 24, (object?)e.Actor1 ?? DBNull.Value);
        Set(p, 25, (object?)e.Actor2 ?? DBNull.Value);
        Set(p, 26, e.Fatalities);
        Set(p, 27, (object?)e.FatalitiesLow ?? DBNull.Value);
        Set(p, 28, (object?)e.FatalitiesHigh ?? DBNull.Value);
        Set(p, 29, (object?)e.CivilianDeaths ?? DBNull.Value);
        Set(p, 30, (object?)e.Notes ?? DBNull.Value);
        Set(p, 31, (object?)e.MissionId ?? DBNull.Value);
        Set(p, 32, (object?)e.AlertId ?? DBNull.Value);
    }

    private static void Set(SqliteParameter?[] parameters, int index, object value)
    {
        if (parameters[index] is { } p)
        {
            p.Value = value;
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
        _insert.Dispose();
        _update.Dispose();
        Pragma("PRAGMA cache_size=-2000");
        return ValueTask.CompletedTask;
    }
}
