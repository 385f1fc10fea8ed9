using Microsoft.EntityFrameworkCore;

namespace Bluehelm.Platform.Sealing;

/// <summary>
/// After clear values were sealed in place, their old text may still sit in the database files:
/// SQLite keeps deleted cells in free pages and in the write-ahead log, PostgreSQL keeps the old row
/// versions until a vacuum. This rewrites the files so the clear text is really gone.
/// </summary>
public static class ClearTextScrub
{
    /// <summary>
    /// Turns SQLite's <c>secure_delete</c> on for the connection the caller then writes on (the
    /// overwritten text is zeroed as it is replaced), or does nothing on PostgreSQL. The caller opens
    /// the connection first and keeps it open for its writes.
    /// </summary>
    public static async Task SecureDeleteAsync(DbContext db, bool on, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        if (db.Database.IsSqlite())
        {
            await db.Database.ExecuteSqlRawAsync(on ? "PRAGMA secure_delete=ON" : "PRAGMA secure_delete=OFF", ct);
        }
    }

    /// <summary>
    /// SQLite: <c>VACUUM</c> (the file rebuilt from the live rows only: no free page, no old index page
    /// keeps a clear value) and a truncating checkpoint of the write-ahead log. PostgreSQL:
    /// <c>VACUUM FULL</c> of <paramref name="table"/> (rewritten without its dead row versions). Outside
    /// any transaction.
    /// </summary>
    public static async Task RewriteAsync(DbContext db, string table, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentException.ThrowIfNullOrEmpty(table);
        if (!table.All(c => char.IsAsciiLetterOrDigit(c) || c == '_'))
        {
            throw new ArgumentException("Not a table name.", nameof(table));
        }

        db.Database.SetCommandTimeout(TimeSpan.FromMinutes(30));
        if (db.Database.IsSqlite())
        {
            await db.Database.ExecuteSqlRawAsync("PRAGMA wal_checkpoint(TRUNCATE)", ct);
            await db.Database.ExecuteSqlRawAsync("VACUUM", ct);
            await db.Database.ExecuteSqlRawAsync("PRAGMA wal_checkpoint(TRUNCATE)", ct);
        }
        else
        {
            // The name is checked above (letters, digits, underscores): a table name cannot be a parameter.
#pragma warning disable EF1003
            await db.Database.ExecuteSqlRawAsync("VACUUM FULL \"" + table + "\"", ct);
#pragma warning restore EF1003
        }
    }
}
