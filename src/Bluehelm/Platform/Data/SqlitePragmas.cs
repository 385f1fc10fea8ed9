using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Bluehelm.Platform.Data;

/// <summary>
/// Write-ahead logging lets readers and the writer proceed together; <c>synchronous=FULL</c> keeps
/// every acknowledged commit on disk even if the machine loses power. The database file and its
/// companions are made owner-only on first open (<see cref="DataFolder"/>).
/// </summary>
internal sealed class SqlitePragmas : DbConnectionInterceptor
{
    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData) => Apply(connection);

    public override Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        Apply(connection);
        return Task.CompletedTask;
    }

    internal static void Apply(DbConnection connection)
    {
        if (connection is not Microsoft.Data.Sqlite.SqliteConnection)
        {
            return;
        }

        using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA journal_mode=WAL; PRAGMA synchronous=FULL; PRAGMA foreign_keys=ON; PRAGMA busy_timeout=30000;";
        command.ExecuteNonQuery();
        DataFolder.RestrictSqliteFiles(connection.DataSource);
    }
}
