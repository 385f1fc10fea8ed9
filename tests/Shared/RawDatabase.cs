using System.Text;
using Npgsql;

namespace Bluehelm.Testing;

/// <summary>
/// Everything the database holds as text, to prove a value never reached it in clear: the SQLite
/// file and its write-ahead log read as bytes, or every row of every table of the PostgreSQL database.
/// </summary>
public static class RawDatabase
{
    public static async Task<string> TextOfAsync(BluehelmApp app)
    {
        if (app.Provider == "sqlite")
        {
            var text = new StringBuilder();
            foreach (var file in Directory.GetFiles(app.DataDirectory, "*.db*"))
            {
                await using var stream = new FileStream(file, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
                using var buffer = new MemoryStream();
                await stream.CopyToAsync(buffer);
                text.Append(Encoding.UTF8.GetString(buffer.ToArray()));
            }

            return text.ToString();
        }

        await using var connection = new NpgsqlConnection(app.ConnectionString);
        await connection.OpenAsync();
        var tables = new List<string>();
        await using (var list = new NpgsqlCommand("SELECT quote_ident(table_schema) || '.' || quote_ident(table_name) FROM information_schema.tables WHERE table_schema NOT IN ('pg_catalog', 'information_schema') AND table_type = 'BASE TABLE'", connection))
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
            await using var rows = new NpgsqlCommand($"SELECT t::text FROM {table} t", connection);
            await using var reader = await rows.ExecuteReaderAsync();
            while (await reader.ReadAsync())
            {
                all.AppendLine(reader.GetString(0));
            }
        }

        return all.ToString();
    }
}
