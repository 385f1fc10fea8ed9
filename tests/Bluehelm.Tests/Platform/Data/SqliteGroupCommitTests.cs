using Bluehelm.Platform.Audit;
using Bluehelm.Platform.Data;
using Bluehelm.Tests.Platform.Data;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Bluehelm.Tests.Platform.Data;

/// <summary>Group commit: concurrent saves share commits, each caller sees only its own failure.</summary>
public sealed class SqliteGroupCommitTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("bluehelm-group-commit-").FullName;
    private readonly string _connectionString;

    public SqliteGroupCommitTests()
    {
        _connectionString = new SqliteConnectionStringBuilder { DataSource = Path.Combine(_folder, "t.db"), Pooling = false }.ToString();
        using var db = Context();
        db.Database.EnsureCreated();
    }

    private BluehelmDbContext Context(params IInterceptor[] interceptors) =>
        new(new DbContextOptionsBuilder<BluehelmDbContext>().UseSqlite(_connectionString).AddInterceptors([new SqlitePragmas(), .. interceptors]).Options);

    private static AuditEntry Entry(Guid? id = null) => new() { Id = id ?? Guid.CreateVersion7(), Actor = "test", Action = "create", EntityType = "Test" };

    [Fact]
    public async Task SaveChangesAsync_SavesQueuedBehindAHeldLeader_AllCommitInOneSharedCommit()
    {
        var group = SqliteGroupCommit.For(_connectionString);
        var (saves, commits) = (group.Saves, group.Commits);
        var connections = new System.Collections.Concurrent.ConcurrentBag<System.Data.Common.DbConnection>();
        async Task Save(BluehelmDbContext db)
        {
            await using (db)
            {
                var entry = Entry();
                db.AuditEntries.Add(entry);
                await db.SaveChangesAsync(TestContext.Current.CancellationToken);
                db.Entry(entry).State.ShouldBe(EntityState.Unchanged);
                // Back on a connection of its own: the shared one is closed by whoever commits the batch.
                connections.Add(db.Database.GetDbConnection());
                // The context still reads on its own connection after the grouped save.
                (await db.AuditEntries.CountAsync(e => e.Id == entry.Id, TestContext.Current.CancellationToken)).ShouldBe(1);
            }
        }

        // The leader holds the lock inside its save until all 63 others are queued behind it.
        var gate = new GateInterceptor();
        var leader = Task.Run(() => Save(Context(gate)), TestContext.Current.CancellationToken);
        await gate.Entered;
        var followers = Enumerable.Range(0, 63).Select(_ => Task.Run(() => Save(Context()), TestContext.Current.CancellationToken)).ToList();
        await Wait.UntilAsync(() => group.Waiting == 63, "63 saves queued behind the leader");
        gate.Open();
        await Task.WhenAll([leader, .. followers]);

        await using var check = Context();
        (await check.AuditEntries.CountAsync(e => e.Actor == "test", TestContext.Current.CancellationToken)).ShouldBe(64);
        connections.Distinct().Count().ShouldBe(64);
        (group.Saves - saves).ShouldBe(64);
        (group.Commits - commits).ShouldBe(1);
    }

    [Fact]
    public async Task SaveChangesAsync_OneSaveFails_RollsBackAlone()
    {
        var taken = Guid.CreateVersion7();
        await using (var first = Context())
        {
            first.AuditEntries.Add(Entry(taken));
            await first.SaveChangesAsync(TestContext.Current.CancellationToken);
        }

        var good = Enumerable.Range(0, 16).Select(_ => Guid.CreateVersion7()).ToList();
        var tasks = good.Select(id => Task.Run(async () =>
        {
            await using var db = Context();
            db.AuditEntries.Add(Entry(id));
            await db.SaveChangesAsync(TestContext.Current.CancellationToken);
        }, TestContext.Current.CancellationToken)).ToList();
        var bad = Task.Run(async () =>
        {
            await using var db = Context();
            db.AuditEntries.Add(Entry(taken));
            db.AuditEntries.Add(Entry());
            await db.SaveChangesAsync(TestContext.Current.CancellationToken);
        }, TestContext.Current.CancellationToken);

        await Should.ThrowAsync<DbUpdateException>(bad);
        await Task.WhenAll(tasks);
        await using var check = Context();
        (await check.AuditEntries.CountAsync(e => good.Contains(e.Id), TestContext.Current.CancellationToken)).ShouldBe(16);
        (await check.AuditEntries.CountAsync(TestContext.Current.CancellationToken)).ShouldBe(17);
    }

    [Fact]
    public async Task SaveChangesAsync_FailsOnARowOfItsBatch_ThrowsAfterThatRowIsCommitted()
    {
        var id = Guid.CreateVersion7();
        var saves = Enumerable.Range(0, 8).Select(_ => Task.Run(async () =>
        {
            await using var db = Context();
            db.AuditEntries.Add(Entry(id));
            try
            {
                await db.SaveChangesAsync(TestContext.Current.CancellationToken);
                return true;
            }
            catch (DbUpdateException)
            {
                // What the idempotency replay does: read the winner on the context's own connection.
                db.ChangeTracker.Clear();
                (await db.AuditEntries.CountAsync(e => e.Id == id, TestContext.Current.CancellationToken)).ShouldBe(1);
                return false;
            }
        }, TestContext.Current.CancellationToken)).ToList();

        (await Task.WhenAll(saves)).Count(won => won).ShouldBe(1);
    }

    [Fact]
    public async Task SaveChangesAsync_InsideACallersTransaction_IsNotGrouped()
    {
        await using var db = Context();
        await using var tx = await db.Database.BeginTransactionAsync(TestContext.Current.CancellationToken);
        SqliteGroupCommit.Applies(db).ShouldBeFalse();
        db.AuditEntries.Add(Entry());
        await db.SaveChangesAsync(TestContext.Current.CancellationToken);
        await tx.RollbackAsync(TestContext.Current.CancellationToken);
        (await db.AuditEntries.CountAsync(TestContext.Current.CancellationToken)).ShouldBe(0);
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }
}
