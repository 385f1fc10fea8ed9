using System.Collections.Concurrent;
using System.Data;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace Bluehelm.Platform.Data;

/// <summary>
/// Group commit for SQLite: concurrent saves on one database file write through one shared
/// connection into one open transaction, each inside its own savepoint, and are committed together
/// by a single COMMIT (one fsync with <c>synchronous=FULL</c>). Every caller returns only after the
/// COMMIT that contains its rows succeeded, so a 201 still means "on disk". How it works and who
/// sees which failure: <c>Platform/Data/README.md</c>.
/// </summary>
/// <remarks>
/// The first writer of a batch leads: after its own rows it queues for the lock again, so the
/// writers already waiting write their rows first (the lock hands over first in, first out); then
/// it commits for all of them. Writers arriving meanwhile form the next batch. A failing save rolls
/// back to its savepoint and throws to its own caller only; if SQLite ended the whole transaction
/// instead, the batch ends there and every other caller in it gets an error, never a false success.
/// Saves inside a caller's transaction, with a connection the caller opened, or (for SaveChangesAsync)
/// under a retrying execution strategy, are not grouped.
/// </remarks>
internal sealed class SqliteGroupCommit
{
    private const string Savepoint = "bluehelm_group";

    private static readonly ConcurrentDictionary<string, SqliteGroupCommit> ByDatabase = new(StringComparer.Ordinal);

    private readonly SemaphoreSlim _lock = new(1, 1);
    private readonly string _connectionString;
    private SqliteConnection? _connection;
    private SqliteTransaction? _transaction;
    private Batch? _batch;
    private InsertCommands? _commands;
    private int _waiting;

    private SqliteGroupCommit(string connectionString) => _connectionString = connectionString;

    /// <summary>Commits made so far (for tests: fewer commits than saves means saves were grouped).</summary>
    public long Commits { get; private set; }

    /// <summary>Saves written so far (committed or not yet).</summary>
    public long Saves { get; private set; }

    /// <summary>Callers queued for the lock right now (for tests: who is waiting behind a save held open).</summary>
    public int Waiting => Volatile.Read(ref _waiting);

    internal static SqliteGroupCommit For(string connectionString) => ByDatabase.GetOrAdd(connectionString, cs => new SqliteGroupCommit(cs));

    /// <summary>True when this save of a SQLite context can join a group: no caller transaction, connection not held open.</summary>
    internal static bool Applies(DbContext context) =>
        context.Database.CurrentTransaction is null
        && System.Transactions.Transaction.Current is null
        && context.Database.GetDbConnection().State == ConnectionState.Closed
        && !string.IsNullOrEmpty(context.Database.GetConnectionString());

    /// <summary>Saves <paramref name="context"/>'s changes with <paramref name="save"/> (EF's own save, which must not accept them) inside the group's transaction.</summary>
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
    public Task<int> InsertAsync(List<InsertRow> rows, CancellationToken ct) =>
        InGroupAsync(() => Task.FromResult((_commands ??= new InsertCommands(_connection!, _transaction!)).Insert(rows)), ct);

    /// <summary>Runs one caller's write in the open batch (or opens one and leads it), and returns once the batch is committed.</summary>
    private async Task<int> InGroupAsync(Func<Task<int>> write, CancellationToken ct)
    {
        await EnterAsync(ct);
        Batch? batch = null;
        var leads = false;
        int rows;
        try
        {
            // Cancelled while queued: nothing written.
            ct.ThrowIfCancellationRequested();
            if (_batch is null)
            {
                Begin();
                leads = true;
            }

            batch = _batch!;
            rows = await InSavepointAsync(write);
            Saves++;
        }
        catch
        {
            _lock.Release();
            if (leads)
            {
                // The leader's own write failed: it must still commit what the others wrote after it.
                await CommitAsync(batch!);
            }
            else if (batch is not null && !ct.IsCancellationRequested)
            {
                // A save that failed on a row of the same batch (a unique key, e.g. an Idempotency-Key
                // sent twice at once) throws only once that row is committed, so the caller can read it.
                await batch.Ended;
            }

            throw;
        }

        _lock.Release();
        if (leads)
        {
            await CommitAsync(batch);
        }

        // Cancelled while the batch runs: the rows commit with the others (or none do), the caller stops waiting.
        await batch.Committed.Task.WaitAsync(ct);
        return rows;
    }

    private async Task EnterAsync(CancellationToken ct)
    {
        // Counted once queued (WaitAsync enqueues before it returns), so a test knows the order.
        var entered = _lock.WaitAsync(ct);
        Interlocked.Increment(ref _waiting);
        try
        {
            await entered;
        }
        finally
        {
            Interlocked.Decrement(ref _waiting);
        }
    }

    private void Begin()
    {
        var connection = new SqliteConnection(_connectionString);
        try
        {
            connection.Open();
            SqlitePragmas.Apply(connection);
            _transaction = connection.BeginTransaction(deferred: false);
        }
        catch
        {
            connection.Dispose();
            throw;
        }

        _connection = connection;
        _batch = new Batch();
    }

    private async Task<int> WriteAsync(DbContext context, Func<CancellationToken, Task<int>> save, CancellationToken ct)
    {
        var own = context.Database.GetConnectionString();
        context.Database.SetDbConnection(_connection, contextOwnsConnection: false);
        try
        {
            await context.Database.UseTransactionAsync(_transaction, ct);
            try
            {
                return await save(ct);
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

    /// <summary>Runs one caller's write in a savepoint, so a failure undoes only that caller's rows.</summary>
    private async Task<int> InSavepointAsync(Func<Task<int>> write)
    {
        var transaction = _transaction!;
        var saved = false;
        try
        {
            transaction.Save(Savepoint);
            saved = true;
            var rows = await write();
            transaction.Release(Savepoint);
            return rows;
        }
        catch (Exception error)
        {
            // Undoing this caller's rows must never replace its error; if they cannot be undone alone
            // (SQLite rolled back the whole transaction, or the rollback failed), the batch is lost.
            if (!(saved ? TryRollBackToSavepoint(transaction) : InTransaction()))
            {
                End(new DbUpdateException("Not committed: SQLite ended the group commit's transaction when another save of the same batch failed.", error));
            }

            throw;
        }
    }

    private bool TryRollBackToSavepoint(SqliteTransaction transaction)
    {
        if (!InTransaction())
        {
            return false;
        }

        try
        {
            transaction.Rollback(Savepoint);
            transaction.Release(Savepoint);
            return true;
        }
        catch (Exception e) when (e is SqliteException or InvalidOperationException)
        {
            return false;
        }
    }

    /// <summary>Whether SQLite still holds the batch's transaction open (it rolls back by itself on some errors).</summary>
    private bool InTransaction() =>
        _connection is { State: ConnectionState.Open } connection && SQLitePCL.raw.sqlite3_get_autocommit(connection.Handle) == 0;

    private async Task CommitAsync(Batch batch)
    {
        // Writers queued before this point write first (FIFO), then the leader commits for all.
        await _lock.WaitAsync(CancellationToken.None);
        try
        {
            // Already ended when a write lost the transaction: nothing left to commit.
            if (ReferenceEquals(_batch, batch))
            {
                End(null);
            }
        }
        finally
        {
            _lock.Release();
        }
    }

    /// <summary>Ends the open batch under the lock: commits it (or not, after <paramref name="failure"/>), always closes the connection, then tells its callers. Never throws.</summary>
    private void End(Exception? failure)
    {
        var batch = _batch!;
        var transaction = _transaction!;
        var connection = _connection!;
        var commands = _commands;
        (_batch, _transaction, _connection, _commands) = (null, null, null, null);
        var error = failure;
        try
        {
            commands?.Dispose();
            if (error is null)
            {
                transaction.Commit();
                Commits++;
            }
        }
        catch (Exception e)
        {
            error ??= e;
        }

        try
        {
            // After a failure this rolls back; if SQLite already did, it throws "no transaction is active":
            // the callers need the first error, not that one.
            transaction.Dispose();
        }
        catch (Exception e) when (e is SqliteException or InvalidOperationException)
        {
        }
        finally
        {
            // Back to the pool between batches: nothing stays open when the application is idle.
            connection.Dispose();
            if (error is null)
            {
                batch.Committed.TrySetResult();
            }
            else
            {
                batch.Committed.TrySetException(error);
            }
        }
    }

    private sealed class Batch
    {
        public TaskCompletionSource Committed { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        /// <summary>Completes when the batch is committed or has failed, without throwing.</summary>
        public Task Ended => Committed.Task.ContinueWith(static _ => { }, CancellationToken.None, TaskContinuationOptions.ExecuteSynchronously, TaskScheduler.Default);
    }
}
