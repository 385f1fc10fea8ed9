using Bluehelm.Platform.Data;
using Bluehelm.Platform.Identity;
using Bluehelm.Platform.Idempotency;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Bluehelm.IntegrationTests.Platform.Idempotency;

/// <summary>The idempotency helper on the real database (SQLite, or PostgreSQL when BLUEHELM_TEST_POSTGRES is set).</summary>
public sealed class IdempotentWritesTests(BluehelmApp app) : IClassFixture<BluehelmApp>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static IdempotencyKey NewKey() => new("test:" + Guid.NewGuid().ToString("N")[..8], Guid.NewGuid().ToString("N"), "hash");

    private async Task<IdempotencyRecord?> WriteAsync(IdempotencyKey key, Guid resultId, Action<BluehelmDbContext>? alsoAdd = null)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<BluehelmDbContext>();
        return await db.WriteOnceAsync(
            key,
            ct =>
            {
                db.Add(IdempotencyRecord.For(key, resultId, DateTimeOffset.UnixEpoch));
                alsoAdd?.Invoke(db);
                return db.SaveChangesAsync(ct);
            },
            Ct);
    }

    private async Task<IdempotencyRecord?> FindAsync(IdempotencyKey key)
    {
        await using var scope = app.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<BluehelmDbContext>().FindAsync(key, Ct);
    }

    [Fact]
    public async Task WriteOnceAsync_FirstWrite_RecordsTheResult()
    {
        var key = NewKey();
        var result = Guid.CreateVersion7();

        (await WriteAsync(key, result)).ShouldBeNull();

        (await FindAsync(key))!.ResultId.ShouldBe(result);
    }

    [Fact]
    public async Task WriteOnceAsync_SameKeyAgain_ReturnsTheFirstRecord()
    {
        var key = NewKey();
        var first = Guid.CreateVersion7();
        await WriteAsync(key, first);

        var replay = await WriteAsync(key, Guid.CreateVersion7());

        replay.ShouldNotBeNull();
        replay.ResultId.ShouldBe(first);
        replay.SameRequestAs(key).ShouldBeTrue();
        replay.SameRequestAs(key with { RequestHash = "other" }).ShouldBeFalse();
    }

    [Fact]
    public async Task WriteOnceAsync_SameKeyInParallel_OneWritesAndTheOthersGetItsRecord()
    {
        var key = NewKey();
        var results = Enumerable.Range(0, 4).Select(_ => Guid.CreateVersion7()).ToList();

        var answers = await Task.WhenAll(results.Select(r => WriteAsync(key, r)));

        var stored = (await FindAsync(key))!.ResultId;
        answers.Count(a => a is null).ShouldBe(1);
        answers.Where(a => a is not null).ShouldAllBe(a => a!.ResultId == stored);
        results.ShouldContain(stored);
    }

    [Fact]
    public async Task WriteOnceAsync_ForeignKeyViolation_ThrowsTheDatabaseErrorAndRecordsNothing()
    {
        var key = NewKey();

        var error = await Should.ThrowAsync<DbUpdateException>(() =>
            WriteAsync(key, Guid.CreateVersion7(), db => db.Add(new UserScope { UserId = Guid.CreateVersion7(), Kind = ScopeKind.Mission, Code = "NOWHERE" })));

        UniqueKeyViolation.Is(error).ShouldBeFalse();
        (await FindAsync(key)).ShouldBeNull();
    }

    [Fact]
    public async Task WriteOnceAsync_NotNullViolation_ThrowsTheDatabaseError()
    {
        var key = NewKey();
        Guid user;
        await using (var scope = app.Services.CreateAsyncScope())
        {
            user = await scope.ServiceProvider.GetRequiredService<BluehelmDbContext>().Users.Select(u => u.Id).FirstAsync(Ct);
        }

        var error = await Should.ThrowAsync<DbUpdateException>(() =>
            WriteAsync(key, Guid.CreateVersion7(), db => db.Add(new UserScope { UserId = user, Kind = ScopeKind.Mission, Code = null! })));

        UniqueKeyViolation.Is(error).ShouldBeFalse();
        (await FindAsync(key)).ShouldBeNull();
    }

    [Fact]
    public async Task WriteOnceAsync_OtherUniqueKeyViolated_RethrowsInsteadOfReplaying()
    {
        var key = NewKey();
        Guid user;
        await using (var scope = app.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<BluehelmDbContext>();
            user = await db.Users.Select(u => u.Id).FirstAsync(Ct);
            db.Add(new UserScope { UserId = user, Kind = ScopeKind.Mission, Code = "DUPLICATE-" + key.Key[..6] });
            await db.SaveChangesAsync(Ct);
        }

        var error = await Should.ThrowAsync<DbUpdateException>(() =>
            WriteAsync(key, Guid.CreateVersion7(), db => db.Add(new UserScope { UserId = user, Kind = ScopeKind.Mission, Code = "DUPLICATE-" + key.Key[..6] })));

        UniqueKeyViolation.Is(error).ShouldBeTrue();
        (await FindAsync(key)).ShouldBeNull();
    }

    [Fact]
    public async Task WriteOnceAsync_FastInsertPathSameKey_ReturnsTheFirstRecord()
    {
        var key = NewKey();
        var first = Guid.CreateVersion7();
        await WriteAsync(key, first);
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<BluehelmDbContext>();

        var replay = await db.WriteOnceAsync(key, ct => db.InsertNewAsync([IdempotencyRecord.For(key, Guid.CreateVersion7(), DateTimeOffset.UnixEpoch)], ct), Ct);

        replay!.ResultId.ShouldBe(first);
    }
}
