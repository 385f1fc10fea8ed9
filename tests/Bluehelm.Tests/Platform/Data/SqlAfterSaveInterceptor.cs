using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.EntityFrameworkCore.Storage;

namespace Bluehelm.Tests.Platform.Data;

/// <summary>Runs a statement on the save's own connection and transaction once EF has written its rows (to break the transaction on purpose).</summary>
public sealed class SqlAfterSaveInterceptor(string sql) : SaveChangesInterceptor
{
    /// <summary>The connection the save ran on (the group commit's shared one when it was grouped).</summary>
    public System.Data.Common.DbConnection? Connection { get; private set; }

    public override async ValueTask<int> SavedChangesAsync(SaveChangesCompletedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        var database = eventData.Context!.Database;
        Connection = database.GetDbConnection();
        await using var command = Connection.CreateCommand();
        command.Transaction = database.CurrentTransaction?.GetDbTransaction();
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync(cancellationToken);
        return result;
    }
}
