using System.Collections.Concurrent;
using System.Data;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace Bluehelm.Platform.Data;

/// <summary>
/// Group commit for SQLite: concurrent <c>SaveChangesAsync</c> calls on one database file write
/// through one shared connection into one open transaction, each inside its own savepoint, and
/// are committed together by a single COMMIT (one fsync with <c>synchronous=FULL</c>). Every caller
/// returns only after the COMMIT that contains its rows succeeded, so a 201 still means "on disk".
/// </summary>
/// <remarks>
/// The first writer of a batch leads: after its own rows it queues for the lock again, so the
/// writers already waiting write their rows first (the lock is first in, first out); then it
/// commits for all of them. Writers arriving meanwhile form the next batch. With one writer this is
/// a plain transaction plus a savepoint. A failing save rolls back to its savepoint and throws to
/// its own caller only. SQLite serializes writers anyway; this removes the busy-wait sleeps of many
/// connections competing for the write lock and shares the fsync.
/// Saves inside a caller's transaction, or with a connection the caller opened, are not grouped.
/// </remarks>
internal sealed class SqliteGroupCommit
{
    private static readonly ConcurrentDictionary<string, SqliteGroupCommit> ByDatabase = new(StringComparer.Ordinal);

    private readonly SemaphoreSlim _lock = new(1, 1);
    private readonly string _connectionString;
    private SqliteConnection? _connection;
    private SqliteTransaction? _transaction;
    private Batch? _batch;
    private InsertOnlySave.Commands? _commands;

    private SqliteGroupCommit(string connectionString) => _connectionString = connectionString;

    /// <summary>Commits made so far (for tests: fewer commits than saves means saves were grouped).</summary>
    public long Commits { get; private set; }

    /// <summary>Saves made so far.</summary>
    public long Saves { get; private set; }

    /// <summary>Saves written as plain INSERTs (<see cref="InsertOnlySave"/>) rather than by EF.</summary>
    public long InsertOnlySaves { get; private set; }

    internal static SqliteGroupCommit For(string connectionString) => ByDatabase.GetOrAdd(connectionString, cs => new SqliteGroupCommit(cs));

    /// <summary>True when this save of a SQLite context can join a group: no caller transaction, connection not held open.</summary>
    internal static bool Applies(DbContext context) =>
        context.Database.CurrentTransaction is null
        && System.Transactions.Transaction.Current is null
        && context.Database.GetDbConnection().State == ConnectionState.Closed
        && !string.IsNullOrEmpty(context.Database.GetConnectionString());

    /// <summary>Saves <paramref name="context"/>'s changes with <paramref name="save"/> (which must not accept them) inside the group's transaction.</summary>
    public async Task<int> SaveAsync(DbContext context, Func<CancellationToken, Task<int>> save, bool acceptAllChangesOnSuccess, CancellationToken ct)
    {
        var rows = await InGroupAsync(() => WriteAsync(context, save, ct), ct);
        if (acceptAllChangesOnSuccess)
        {
            context.ChangeTracker.AcceptAllChanges();
        }

        return rows;
    }

    /// <summary>Inserts new, untracked rows inside the group's transaction (see <see cref="BluehelmDbContext.InsertNewAsync"/>).</summary>
    public Task<int> InsertAsync(List<InsertOnlySave.Row> rows, CancellationToken ct) =>
        InGroupAsync(() => InsertRowsAsync(rows), ct);

    /// <summary>Runs one caller's write in the open batch (or opens one and leads it), and returns once the batch is committed.</summary>
    private async Task<int> InGroupAsync(Func<Task<int>> write, CancellationToken ct)
    {
        await _lock.WaitAsync(ct);
        Batch? led = null;
        Batch batch;
        int rows;
        try
        {
            if (_transaction is null)
            {
                var connection = Open();
                try
                {
                    _transaction = connection.BeginTransaction(deferred: false);
                }
                catch
                {
                    connection.Dispose();
                    throw;
                }

                _connection = connection;
                _batch = led = new Batch();
            }

            batch = _batch!;
            rows = await write();
            Saves++;
        }
        catch when (led is not null)
        {
            // The leader's own write failed: it must still commit what the others wrote after it.
            _lock.Release();
            await CommitAsync(led);
            throw;
        }
        catch
        {
            var joined = _batch;
            _lock.Release();
            // A save that failed on a row of the same batch (a unique key, e.g. an Idempotency-Key
            // sent twice at once) throws only once that row is committed, so the caller can read it.
            if (joined is not null)
            {
                await joined.Committed.Task.ContinueWith(_ => { }, CancellationToken.None, TaskContinuationOptions.ExecuteSynchronously, TaskScheduler.Default);
            }

            throw;
        }

        _lock.Release();
        if (led is not null)
        {
            await CommitAsync(led);
        }

        await batch.Committed.Task;
        return rows;
    }

    private async Task<int> WriteAsync(DbContext context, Func<CancellationToken, Task<int>> save, CancellationToken ct)
    {
        // Only new rows (an alert taken in): plain INSERTs on the group's connection, no EF pipeline.
        if (InsertOnlySave.Collect(context) is { } rows)
        {
            return await InsertRowsAsync(rows);
        }

        var own = context.Database.GetConnectionString();
        context.Database.SetDbConnection(_connection, contextOwnsConnection: false);
        try
        {
            await context.Database.UseTransactionAsync(_transaction, ct);
            try
            {
                return await InSavepointAsync(() => save(ct));
            }
            finally
            {
                await context.Database.UseTransactionAsync(null, CancellationToken.None);
            }
        }
        finally
        {
            // A connection of its own again (SetConnectionString would keep the shared one: same string).
            context.Database.SetDbConnection(new SqliteConnection(own), contextOwnsConnection: true);
        }
    }

    private async Task<int> InsertRowsAsync(List<InsertOnlySave.Row> rows)
    {
        _commands ??= new InsertOnlySave.Commands(_connection!, _transaction!);
        var inserted = await InSavepointAsync(() => Task.FromResult(_commands.Insert(rows)));
        InsertOnlySaves++;
        return inserted;
    }

    /// <summary>Runs one caller's write in a savepoint, so a failure undoes only that caller's rows.</summary>
    private async Task<int> InSavepointAsync(Func<Task<int>> write)
    {
        _transaction!.Save("bluehelm_group");
        try
        {
            var rows = await write();
            _transaction.Release("bluehelm_group");
            return rows;
        }
        catch
        {
            _transaction.Rollback("bluehelm_group");
            _transaction.Release("bluehelm_group");
            throw;
        }
    }

    private async Task CommitAsync(Batch batch)
    {
        // Writers queued before this point write first (FIFO), then the leader commits for all.
        await _lock.WaitAsync(CancellationToken.None);
        try
        {
            var transaction = _transaction!;
            _transaction = null;
            _batch = null;
            _commands?.Dispose();
            _commands = null;
            try
            {
                transaction.Commit();
                Commits++;
                batch.Committed.TrySetResult();
            }
            catch (Exception e)
            {
                batch.Committed.TrySetException(e);
            }
            finally
            {
                // Back to the pool between batches: nothing stays open when the application is idle.
                transaction.Dispose();
                _connection?.Dispose();
                _connection = null;
            }
        }
        finally
        {
            _lock.Release();
        }
    }

    private SqliteConnection Open()
    {
        var connection = new SqliteConnection(_connectionString);
        connection.Open();
        SqlitePragmas.Apply(connection);
        return connection;
    }

    private sealed class Batch
    {
        public TaskCompletionSource Committed { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
    }
}
