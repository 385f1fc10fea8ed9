using Bluehelm.Modules.Missions;
using Bluehelm.Platform.Data;
using Microsoft.EntityFrameworkCore;

namespace Bluehelm.IntegrationTests.Platform.Data;

/// <summary>
/// On SQLite and on PostgreSQL: SaveChangesAsync is EF's own save, and the named fast path
/// (InsertNewAsync) behaves the same inside and outside a caller's transaction.
/// </summary>
public sealed class FastInsertTests(ProviderDatabase database) : IClassFixture<ProviderDatabase>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task SaveChangesAsync_OnlyNewRows_RunsInterceptorsAndSavingChanges()
    {
        var recorder = new RecordingSaveInterceptor();
        var savingChanges = 0;
        await using var db = database.Context(recorder);
        db.SavingChanges += (_, _) => savingChanges++;
        var mission = new Mission { Code = "PIPE", NameEn = "Pipeline", NameFr = "Pipeline" };
        db.Add(mission);
        var fast = InsertOnlySave.SavesOn(db);

        await db.SaveChangesAsync(Ct);

        (recorder.Saves, savingChanges).ShouldBe((1, 1), database.Provider);
        InsertOnlySave.SavesOn(db).ShouldBe(fast);
        await using var check = database.Context();
        (await check.Set<Mission>().CountAsync(m => m.Id == mission.Id, Ct)).ShouldBe(1);
    }

    [Fact]
    public async Task InsertNewAsync_NoCallerTransaction_CommitsInItsOwnTransactionWithoutEfsPipeline()
    {
        var recorder = new RecordingSaveInterceptor();
        var entries = new[] { ProviderDatabase.Entry(), ProviderDatabase.Entry() };
        await using var db = database.Context(recorder);
        var fast = InsertOnlySave.SavesOn(db);

        await db.InsertNewAsync(entries, Ct);

        (await database.CountAsync(entries.Select(e => e.Id))).ShouldBe(2);
        recorder.Saves.ShouldBe(0);
        InsertOnlySave.SavesOn(db).ShouldBe(fast + 1);
    }

    [Fact]
    public async Task InsertNewAsync_InCallerTransactionThenCommit_RowsAppearOnlyAtTheCallersCommit()
    {
        var entries = new[] { ProviderDatabase.Entry(), ProviderDatabase.Entry() };
        await using var db = database.Context();
        await using var transaction = await db.Database.BeginTransactionAsync(Ct);
        var other = ProviderDatabase.Entry();
        db.AuditEntries.Add(other);
        await db.SaveChangesAsync(Ct);

        await db.InsertNewAsync(entries, Ct);

        // Visible inside the caller's transaction, not yet outside it.
        (await db.AuditEntries.CountAsync(e => e.Id == entries[0].Id || e.Id == entries[1].Id, Ct)).ShouldBe(2);
        (await database.CountAsync(entries.Select(e => e.Id))).ShouldBe(0);

        await transaction.CommitAsync(Ct);
        (await database.CountAsync([.. entries.Select(e => e.Id), other.Id])).ShouldBe(3);
    }

    [Fact]
    public async Task InsertNewAsync_InCallerTransactionThenRollback_NoRowRemains()
    {
        var entries = new[] { ProviderDatabase.Entry(), ProviderDatabase.Entry() };
        await using var db = database.Context();
        await using var transaction = await db.Database.BeginTransactionAsync(Ct);

        await db.InsertNewAsync(entries, Ct);
        await transaction.RollbackAsync(Ct);

        (await database.CountAsync(entries.Select(e => e.Id))).ShouldBe(0);
    }

    [Fact]
    public async Task InsertNewAsync_InCallerTransactionARowFails_NoneOfItsRowsAndTheTransactionGoesOn()
    {
        var taken = ProviderDatabase.Entry();
        await using (var seed = database.Context())
        {
            await seed.InsertNewAsync([taken], Ct);
        }

        var fresh = ProviderDatabase.Entry();
        var after = ProviderDatabase.Entry();
        await using var db = database.Context();
        await using var transaction = await db.Database.BeginTransactionAsync(Ct);

        await Should.ThrowAsync<DbUpdateException>(() => db.InsertNewAsync([fresh, new Bluehelm.Platform.Audit.AuditEntry { Id = taken.Id, Actor = "x", Action = "x", EntityType = "x" }], Ct));
        await db.InsertNewAsync([after], Ct);
        await transaction.CommitAsync(Ct);

        (await database.CountAsync([fresh.Id])).ShouldBe(0);
        (await database.CountAsync([after.Id])).ShouldBe(1);
    }
}
