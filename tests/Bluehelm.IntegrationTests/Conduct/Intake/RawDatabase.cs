using System.Text;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace Bluehelm.IntegrationTests.Conduct.Intake;

/// <summary>
/// Everything the database holds, as text: the SQLite file (and its write-ahead log) read as bytes,
/// or, on PostgreSQL, every row of every table as its text form. Test-local stand-in of the shared
/// <c>tests/Shared/RawDatabase.cs</c> (same shape), which replaces it at merge.
/// </summary>
public static class RawDatabase
{
    public static async Task<string> TextOfAsync(BluehelmApp app)
    {
        if (app.Provider == "sqlite")
        {
            var file = new SqliteConnectionStringBuilder(app.ConnectionString).DataSource;
            var text = new StringBuilder();
            foreach (var path in new[] { file, file + "-wal" }.Where(File.Exists))
            {
                await using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
                using var buffer = new MemoryStream();
                await stream.CopyToAsync(buffer);
                text.Append(Encoding.UTF8.GetString(buffer.ToArray()));
            }

            return text.ToString();
        }

        await using var connection = new NpgsqlConnection(app.ConnectionString);
        await connection.OpenAsync();
        var tables = new List<string>();
        await using (var list = new NpgsqlCommand("SELECT quote_ident(table_schema) || '.' || quote_ident(table_name) FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE'", connection))
        await using (var reader = await list.ExecuteReaderAsync())
        {
            while (await reader.ReadAsync())
            {
                tables.Add(reader.GetString(0));
            }
        }

        var all = new StringBuilder();
        foreach (var table in tables)
        {
            await using var rows = new NpgsqlCommand($"SELECT coalesce(string_agg(t::text, E'\\n'), '') FROM {table} t", connection);
            all.Append(await rows.ExecuteScalarAsync()).Append('\n');
        }

        return all.ToString();
    }
}
