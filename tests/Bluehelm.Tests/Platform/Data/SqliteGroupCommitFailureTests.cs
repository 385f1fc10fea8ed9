using System.Data;
using Bluehelm.Modules.Missions;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace Bluehelm.Tests.Platform.Data;

/// <summary>When SQLite ends the group's transaction by itself, callers still get the real error and nothing is left open.</summary>
public sealed class SqliteGroupCommitFailureTests : IDisposable
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private readonly SqliteTestDatabase _database = new();

    [Fact]
    public async Task SaveChangesAsync_StatementMakesSqliteRollBackTheTransaction_CallerGetsTheStatementsOwnError()
    {
        // RAISE(ROLLBACK) ends the whole transaction, savepoints included, as SQLite does on some I/O and memory errors.
        _database.Execute("CREATE TRIGGER audit_rollback BEFORE INSERT ON platform_audit_entries WHEN NEW.Actor = 'rollback' BEGIN SELECT RAISE(ROLLBACK, 'rolled back by the trigger'); END;");
        await using var db = _database.Context();
        db.AuditEntries.Add(SqliteTestDatabase.Entry(actor: "rollback"));

        var error = await Should.ThrowAsync<DbUpdateException>(() => db.SaveChangesAsync(Ct));

        error.InnerException.ShouldBeOfType<SqliteException>().Message.ShouldContain("rolled back by the trigger");
        var next = SqliteTestDatabase.Entry();
        await using (var again = _database.Context())
        {
            again.AuditEntries.Add(next);
            await again.SaveChangesAsync(Ct);
        }

        (await _database.CountAsync([next.Id])).ShouldBe(1);
    }

    [Fact]
    public async Task SaveChangesAsync_TransactionEndedBehindTheGroupsBack_CallerGetsTheFirstErrorAndTheConnectionIsClosed()
    {
        var mission = new Mission { Code = "LEAK", NameEn = "Before", NameFr = "Avant" };
        await using (var seed = _database.Context())
        {
            seed.Add(mission);
            await seed.SaveChangesAsync(Ct);
        }

        // A raw COMMIT behind the transaction object's back: the caller's savepoint is gone (the first error),
        // then the group's COMMIT fails and so does the transaction's Dispose (its ROLLBACK).
        var commit = new SqlAfterSaveInterceptor("COMMIT");
        await using var db = _database.Context(commit);
        (await db.Set<Mission>().SingleAsync(m => m.Id == mission.Id, Ct)).NameEn = "After";

        var error = await Should.ThrowAsync<SqliteException>(() => db.SaveChangesAsync(Ct));

        commit.Connection.ShouldNotBeNull().State.ShouldBe(ConnectionState.Closed);
        error.Message.ShouldContain("no such savepoint");
    }

    public void Dispose() => _database.Dispose();
}
