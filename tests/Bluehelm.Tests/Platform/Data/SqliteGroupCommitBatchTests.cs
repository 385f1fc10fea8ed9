using Bluehelm.Platform.Audit;
using Bluehelm.Platform.Data;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace Bluehelm.Tests.Platform.Data;

/// <summary>
/// Who sees which failure in one group-commit batch. Each test holds the leader inside its save (a
/// gate in EF's pipeline) and queues the others behind it one by one, so the batch is always the same.
/// </summary>
public sealed class SqliteGroupCommitBatchTests : IDisposable
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private readonly SqliteTestDatabase _database = new();
    private readonly SqliteGroupCommit _group;

    public SqliteGroupCommitBatchTests() => _group = SqliteGroupCommit.For(_database.ConnectionString);

    [Fact]
    public async Task SaveChangesAsync_LeadersOwnSaveFails_OthersCommitAndEachSeesOnlyItsOwnFailure()
    {
        var taken = await SeedAsync();
        var commits = _group.Commits;
        var gate = new GateInterceptor();
        var leader = Save(_database.Context(gate), [SqliteTestDatabase.Entry(taken)], Ct);
        await gate.Entered;
        var good = new[] { SqliteTestDatabase.Entry(), SqliteTestDatabase.Entry() };
        var first = await QueueAsync(() => Save(_database.Context(), [good[0]], Ct));
        var bad = await QueueAsync(() => Save(_database.Context(), [SqliteTestDatabase.Entry(), SqliteTestDatabase.Entry(taken)], Ct));
        var fast = await QueueAsync(() => InsertFast(good[1]));

        gate.Open();

        await Should.ThrowAsync<DbUpdateException>(leader);
        await Should.ThrowAsync<DbUpdateException>(bad);
        await first;
        await fast;
        (await _database.CountAsync(good.Select(e => e.Id))).ShouldBe(2);
        (await AllAsync()).ShouldBe(3); // the seed and the two good ones: nothing of the failed saves
        (_group.Commits - commits).ShouldBe(1);
    }

    [Fact]
    public async Task SaveChangesAsync_CancelledWhileQueued_ThrowsAndWritesNothingWhileOthersCommit()
    {
        var gate = new GateInterceptor();
        var leader = Save(_database.Context(gate), [SqliteTestDatabase.Entry()], Ct);
        await gate.Entered;
        var before = await QueueAsync(() => Save(_database.Context(), [SqliteTestDatabase.Entry()], Ct));
        using var cancel = new CancellationTokenSource();
        var cancelledEntry = SqliteTestDatabase.Entry();
        var cancelled = await QueueAsync(() => Save(_database.Context(), [cancelledEntry], cancel.Token));
        var after = await QueueAsync(() => Save(_database.Context(), [SqliteTestDatabase.Entry()], Ct));

        await cancel.CancelAsync();
        (await Record.ExceptionAsync(() => cancelled)).ShouldBeAssignableTo<OperationCanceledException>();
        gate.Open();

        await Task.WhenAll(leader, before, after);
        (await _database.CountAsync([cancelledEntry.Id])).ShouldBe(0);
        (await AllAsync()).ShouldBe(3);
    }

    [Fact]
    public async Task SaveChangesAsync_CancelledDuringItsOwnWrite_ThrowsAndWritesNothingWhileOthersCommit()
    {
        var gate = new GateInterceptor();
        var leader = Save(_database.Context(gate), [SqliteTestDatabase.Entry()], Ct);
        await gate.Entered;
        var before = await QueueAsync(() => Save(_database.Context(), [SqliteTestDatabase.Entry()], Ct));
        using var cancel = new CancellationTokenSource();
        var held = new GateInterceptor();
        var cancelledEntries = new[] { SqliteTestDatabase.Entry(), SqliteTestDatabase.Entry() };
        var cancelled = await QueueAsync(() => Save(_database.Context(held), cancelledEntries, cancel.Token));
        var after = await QueueAsync(() => Save(_database.Context(), [SqliteTestDatabase.Entry()], Ct));

        gate.Open();
        await held.Entered; // its turn in the batch: the leader and the one before it have written
        await cancel.CancelAsync();
        held.Open();

        (await Record.ExceptionAsync(() => cancelled)).ShouldBeAssignableTo<OperationCanceledException>();
        await Task.WhenAll(leader, before, after);
        (await _database.CountAsync(cancelledEntries.Select(e => e.Id))).ShouldBe(0);
        (await AllAsync()).ShouldBe(3);
    }

    [Fact]
    public async Task SaveChangesAsync_CancelledWhileItsBatchIsStillOpen_ThrowsAndItsRowsAllCommit()
    {
        var commits = _group.Commits;
        var gate = new GateInterceptor();
        var leader = Save(_database.Context(gate), [SqliteTestDatabase.Entry()], Ct);
        await gate.Entered;
        using var cancel = new CancellationTokenSource();
        var cancelledEntries = new[] { SqliteTestDatabase.Entry(), SqliteTestDatabase.Entry() };
        var cancelled = await QueueAsync(() => Save(_database.Context(), cancelledEntries, cancel.Token));
        var held = new GateInterceptor();
        var last = await QueueAsync(() => Save(_database.Context(held), [SqliteTestDatabase.Entry()], Ct));

        gate.Open();
        await held.Entered; // the cancelled one has written and waits for the batch's COMMIT
        await cancel.CancelAsync();
        (await Record.ExceptionAsync(() => cancelled)).ShouldBeAssignableTo<OperationCanceledException>();
        held.Open();

        await Task.WhenAll(leader, last);
        (await _database.CountAsync(cancelledEntries.Select(e => e.Id))).ShouldBe(2);
        (await AllAsync()).ShouldBe(4);
        (_group.Commits - commits).ShouldBe(1);
    }

    [Fact]
    public async Task SaveChangesAsync_CommitFails_EveryCallerOfTheBatchGetsTheErrorAndNoRowRemains()
    {
        // A deferred foreign key is checked by COMMIT only: one save leaves a dangling row, COMMIT fails.
        _database.Execute("CREATE TABLE t_parent (id INTEGER PRIMARY KEY); CREATE TABLE t_child (id INTEGER PRIMARY KEY, parent INTEGER REFERENCES t_parent (id) DEFERRABLE INITIALLY DEFERRED);");
        var commits = _group.Commits;
        var gate = new GateInterceptor();
        var leaderContext = _database.Context(gate);
        var leaderEntry = SqliteTestDatabase.Entry();
        var leader = Save(leaderContext, [leaderEntry], dispose: false, Ct);
        await gate.Entered;
        var before = await QueueAsync(() => Save(_database.Context(), [SqliteTestDatabase.Entry()], Ct));
        var dangling = await QueueAsync(() => Save(_database.Context(new SqlAfterSaveInterceptor("INSERT INTO t_child VALUES (1, 42)")), [SqliteTestDatabase.Entry()], Ct));
        var fast = await QueueAsync(() => InsertFast(SqliteTestDatabase.Entry()));

        gate.Open();

        foreach (var caller in new[] { leader, before, dangling, fast })
        {
            (await Should.ThrowAsync<SqliteException>(caller)).Message.ShouldContain("FOREIGN KEY constraint failed");
        }

        (await AllAsync()).ShouldBe(0);
        (_group.Commits - commits).ShouldBe(0);
        // Not accepted: a retry of the same context saves the same rows again.
        leaderContext.Entry(leaderEntry).State.ShouldBe(EntityState.Added);
        await leaderContext.DisposeAsync();
        await Save(_database.Context(), [SqliteTestDatabase.Entry()], Ct);
        (await AllAsync()).ShouldBe(1);
    }

    /// <summary>Starts a save and returns once it is queued behind those before it (the lock hands over in that order).</summary>
    private async Task<Task> QueueAsync(Func<Task> start)
    {
        var waiting = _group.Waiting;
        var task = Task.Run(start, Ct);
        await Wait.UntilAsync(() => _group.Waiting == waiting + 1 || task.IsCompleted, "the save queued");
        task.IsCompleted.ShouldBeFalse("the save should be queued, not done");
        return task;
    }

    private async Task<Guid> SeedAsync()
    {
        var entry = SqliteTestDatabase.Entry();
        await Save(_database.Context(), [entry], Ct);
        return entry.Id;
    }

    private static Task Save(BluehelmDbContext db, AuditEntry[] entries, CancellationToken ct) => Save(db, entries, dispose: true, ct);

    private static Task Save(BluehelmDbContext db, AuditEntry[] entries, bool dispose, CancellationToken ct) => Task.Run(
        async () =>
        {
            try
            {
                db.AuditEntries.AddRange(entries);
                await db.SaveChangesAsync(ct);
            }
            finally
            {
                if (dispose)
                {
                    await db.DisposeAsync();
                }
            }
        },
        CancellationToken.None);

    private async Task InsertFast(AuditEntry entry)
    {
        await using var db = _database.Context();
        await db.InsertNewAsync([entry], Ct);
    }

    private async Task<int> AllAsync()
    {
        await using var db = _database.Context();
        return await db.AuditEntries.CountAsync(Ct);
    }

    public void Dispose() => _database.Dispose();
}
