using Bluehelm.Modules.Missions;
using Microsoft.EntityFrameworkCore;

namespace Bluehelm.Tests.Platform.Data;

/// <summary>SaveChangesAsync is plain EF: whatever a module hooks into EF's save pipeline sees every save, inserts too.</summary>
public sealed class SaveChangesPipelineTests : IDisposable
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private readonly SqliteTestDatabase _database = new();

    [Fact]
    public async Task SaveChangesAsync_OnlyNewRows_RunsInterceptorsSavingChangesAndEfCommands()
    {
        var recorder = new RecordingInterceptor();
        var savingChanges = 0;
        await using var db = _database.Context(recorder);
        db.SavingChanges += (_, _) => savingChanges++;
        var mission = new Mission { Code = "PIPE", NameEn = "Pipeline", NameFr = "Pipeline" };
        db.Add(mission);

        await db.SaveChangesAsync(Ct);

        recorder.Saves.ShouldBe(1);
        savingChanges.ShouldBe(1);
        recorder.Commands.ShouldContain(c => c.Contains("INSERT INTO \"missions", StringComparison.Ordinal));
        await using var check = _database.Context();
        (await check.AuditEntries.CountAsync(e => e.EntityId == mission.Id.ToString(), Ct)).ShouldBe(1);
    }

    public void Dispose() => _database.Dispose();
}
