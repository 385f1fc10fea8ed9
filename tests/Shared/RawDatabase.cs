using System.Diagnostics;
using System.Text;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace Bluehelm.Testing;

/// <summary>What someone holding the database alone (not the sealing keys) can read of it.</summary>
public static class RawDatabase
{
    /// <summary>
    /// Every byte an attacker with the database would have, as text: on SQLite the database file and
    /// its write-ahead log as they are on disk (no checkpoint first), each decoded as Latin-1 and as
    /// UTF-8; on PostgreSQL the plain-text output of <c>pg_dump</c> of the app's database.
    /// </summary>
    public static async Task<string> TextOfAsync(BluehelmApp app)
    {
        ArgumentNullException.ThrowIfNull(app);
        return app.Provider == "sqlite" ? await SqliteTextAsync(app.ConnectionString) : await PgDumpAsync(app.ConnectionString);
    }

    private static async Task<string> SqliteTextAsync(string connectionString)
    {
        var file = new SqliteConnectionStringBuilder(connectionString).DataSource;
        var text = new StringBuilder();
        foreach (var path in (string[])[file, file + "-wal"])
        {
            if (!File.Exists(path))
            {
                continue;
            }

            // Read while the host keeps the files open (and may write): share everything.
            byte[] bytes;
            await using (var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete))
            using (var buffer = new MemoryStream())
            {
                await stream.CopyToAsync(buffer);
                bytes = buffer.ToArray();
            }

            text.Append(Encoding.Latin1.GetString(bytes)).Append('\n').Append(Encoding.UTF8.GetString(bytes)).Append('\n');
        }

        return text.ToString();
    }

    private static async Task<string> PgDumpAsync(string connectionString)
    {
        var pgDump = Directory.Exists("/usr/lib/postgresql")
            ? Directory.GetDirectories("/usr/lib/postgresql")
                .Select(d => Path.Combine(d, "bin", "pg_dump"))
                .Where(File.Exists)
                .OrderByDescending(p => int.TryParse(Path.GetFileName(Path.GetDirectoryName(Path.GetDirectoryName(p))), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var v) ? v : 0)
                .FirstOrDefault()
            : null;
        if (pgDump is null)
        {
            throw new InvalidOperationException("pg_dump not found under /usr/lib/postgresql/*/bin.");
        }

        var c = new NpgsqlConnectionStringBuilder(connectionString);
        var start = new ProcessStartInfo(pgDump)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            StandardOutputEncoding = Encoding.UTF8,
        };
        foreach (var arg in (string[])["--no-owner", "--no-privileges", "--host", c.Host ?? "localhost", "--port", c.Port.ToString(System.Globalization.CultureInfo.InvariantCulture), "--username", c.Username ?? "postgres", "--dbname", c.Database!])
        {
            start.ArgumentList.Add(arg);
        }

        if (c.Password is { Length: > 0 } password)
        {
            start.Environment["PGPASSWORD"] = password;
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException("pg_dump did not start.");
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException("pg_dump failed: " + await errors);
        }

        return await output;
    }
}
