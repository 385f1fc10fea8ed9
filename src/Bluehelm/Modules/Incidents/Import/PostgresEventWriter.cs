using System.Globalization;
using Npgsql;
using NpgsqlTypes;

namespace Bluehelm.Modules.Incidents.Import;

/// <summary>
/// PostgreSQL's bulk path: every row goes by binary COPY (<see cref="NpgsqlBinaryImporter"/>) into
/// a temporary staging table shaped like <c>incidents_events</c>; then one statement counts what is
/// new and what changed, and one <c>INSERT ... ON CONFLICT DO UPDATE ... WHERE</c> the content hash
/// differs writes them. All inside the importer's transaction; the staging table drops at its end.
/// </summary>
internal sealed class PostgresEventWriter : IEventBulkWriter
{
    private const string Stage = "incidents_events_stage";

    private readonly NpgsqlConnection _connection;
    private readonly NpgsqlTransaction _transaction;
    private NpgsqlBinaryImporter? _copy;
    private int _rows;

    public PostgresEventWriter(NpgsqlConnection connection, NpgsqlTransaction transaction)
    {
        _connection = connection;
        _transaction = transaction;
    }

    private static string Columns(string? prefix = null) => string.Join(", ", EventColumns.All.Select(c => prefix + "\"" + c + "\""));

    public async ValueTask WriteAsync(ConflictEvent e, CancellationToken ct)
    {
        if (_copy is null)
        {
            await ExecuteAsync($"CREATE TEMPORARY TABLE {Stage} (LIKE {EventColumns.Table} INCLUDING DEFAULTS) ON COMMIT DROP", ct);
            _copy = await _connection.BeginBinaryImportAsync($"COPY {Stage} ({Columns()}) FROM STDIN (FORMAT BINARY)", ct);
        }

        var c = _copy;
        // Synchronous writes: they fill Npgsql's buffer and only touch the socket when it is full.
        c.StartRow();
        c.Write(e.Id, NpgsqlDbType.Uuid);
        c.Write((int)e.Source, NpgsqlDbType.Integer);
        c.Write(e.Dataset, NpgsqlDbType.Text);
        Text(c, e.DatasetVersion);
        c.Write(e.SourceId, NpgsqlDbType.Text);
        Nullable(c, e.ImportId, NpgsqlDbType.Uuid);
        Nullable(c, e.RowNumber, NpgsqlDbType.Integer);
        c.Write(e.ContentHash, NpgsqlDbType.Bigint);
        c.Write(e.DateStart, NpgsqlDbType.Date);
        c.Write(e.DateEnd, NpgsqlDbType.Date);
        c.Write((int)e.DatePrecision, NpgsqlDbType.Integer);
        c.Write(e.Latitude, NpgsqlDbType.Double);
        c.Write(e.Longitude, NpgsqlDbType.Double);
        Nullable(c, e.GeoPrecision, NpgsqlDbType.Integer);
        Text(c, e.CountryIso2);
        Text(c, e.Admin1);
        Text(c, e.Admin2);
        Text(c, e.Locality);
        c.Write(e.PrioGridGid, NpgsqlDbType.Integer);
        c.Write((int)e.Threat, NpgsqlDbType.Integer);
        c.Write(e.AgainstCivilians, NpgsqlDbType.Boolean);
        Text(c, e.SourceType);
        Text(c, e.SourceSubType);
        Nullable(c, e.CivilianTargeting, NpgsqlDbType.Boolean);
        Text(c, e.Actor1);
        Text(c, e.Actor2);
        c.Write(e.Fatalities, NpgsqlDbType.Integer);
        Nullable(c, e.FatalitiesLow, NpgsqlDbType.Integer);
        Nullable(c, e.FatalitiesHigh, NpgsqlDbType.Integer);
        Nullable(c, e.CivilianDeaths, NpgsqlDbType.Integer);
        Text(c, e.Notes);
        Nullable(c, e.MissionId, NpgsqlDbType.Uuid);
        Nullable(c, e.AlertId, NpgsqlDbType.Uuid);
        _rows++;
    }

    public async Task<(int Added, int Updated, int Unchanged)> CompleteAsync(CancellationToken ct)
    {
        if (_copy is null)
        {
            return (0, 0, 0);
        }

        await _copy.CompleteAsync(ct);
        await _copy.DisposeAsync();
        _copy = null;

        var match = $"e.\"Source\" = s.\"Source\" AND e.\"Dataset\" = s.\"Dataset\" AND e.\"SourceId\" = s.\"SourceId\"";
        int added, updated;
        await using (var count = new NpgsqlCommand(
            $"SELECT count(*) FILTER (WHERE e.\"Id\" IS NULL), count(*) FILTER (WHERE e.\"Id\" IS NOT NULL AND e.\"ContentHash\" <> s.\"ContentHash\") " +
            $"FROM {Stage} s LEFT JOIN {EventColumns.Table} e ON {match}", _connection, _transaction))
        {
            await using var r = await count.ExecuteReaderAsync(ct);
            await r.ReadAsync(ct);
            added = (int)r.GetInt64(0);
            updated = (int)r.GetInt64(1);
        }

        await ExecuteAsync(
            $"INSERT INTO {EventColumns.Table} ({Columns()}) SELECT {Columns("s.")} FROM {Stage} s " +
            $"ON CONFLICT (\"Source\", \"Dataset\", \"SourceId\") DO UPDATE SET {string.Join(", ", EventColumns.Updated.Select(c => $"\"{c}\" = EXCLUDED.\"{c}\""))} " +
            $"WHERE {EventColumns.Table}.\"ContentHash\" <> EXCLUDED.\"ContentHash\"",
            ct);
        return (added, updated, _rows - added - updated);
    }

    private async Task ExecuteAsync(string sql, CancellationToken ct)
    {
        await using var command = new NpgsqlCommand(sql, _connection, _transaction) { CommandTimeout = 0 };
        await command.ExecuteNonQueryAsync(ct);
    }

    private static void Text(NpgsqlBinaryImporter c, string? value)
    {
        if (value is null)
        {
            c.WriteNull();
        }
        else
        {
            c.Write(value, NpgsqlDbType.Text);
        }
    }

    private static void Nullable<T>(NpgsqlBinaryImporter c, T? value, NpgsqlDbType type)
        where T : struct
    {
        if (value is { } v)
        {
            c.Write(v, type);
        }
        else
        {
            c.WriteNull();
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (_copy is not null)
        {
            // Not completed: disposing cancels the COPY; the transaction rolls back.
            await _copy.DisposeAsync();
        }
    }

    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"PostgreSQL COPY ({_rows} rows)");
}
