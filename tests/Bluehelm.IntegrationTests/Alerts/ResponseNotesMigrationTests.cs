using Bluehelm.Modules.Alerts.Contracts;
using Bluehelm.Modules.Alerts;
using Bluehelm.Platform.Data;
using Microsoft.EntityFrameworkCore;

using Bluehelm.IntegrationTests.Platform;

namespace Bluehelm.IntegrationTests.Alerts;

/// <summary>Migration Alerts_ResponseNotes: the notes of each existing response become the first entry of its history.</summary>
public sealed class ResponseNotesMigrationTests : MigrationTestDatabase
{
    [Fact]
    public async Task Migrate_ResponseWithNotes_NotesBecomeTheFirstHistoryEntry()
    {
        var ct = TestContext.Current.CancellationToken;
        var missionId = Guid.CreateVersion7();
        var alertId = Guid.CreateVersion7();
        var withNotes = Guid.CreateVersion7();
        var withoutNotes = Guid.CreateVersion7();
        var dispatched = new DateTimeOffset(2026, 11, 28, 14, 5, 0, TimeSpan.Zero);
        await using (var old = Context())
        {
            await MigrateToAsync(old, "Platform_TablesPrefixedByModule", ct);
            await old.Database.ExecuteSqlRawAsync(
                "INSERT INTO \"missions\" (\"Id\", \"Code\", \"NameEn\", \"NameFr\", \"WorkingLanguages\") VALUES ({0}, 'OLDMIS', 'Old mission', 'Ancienne mission', 'fr')",
                [Id(missionId)], ct);
            await old.Database.ExecuteSqlRawAsync(
                "INSERT INTO \"alerts\" (\"Id\", \"MissionId\", \"ReceivedAt\", \"RecordedAt\", \"Channel\", \"ThreatType\", \"Severity\", \"Description\", \"Language\", \"Status\", \"DispatchDueAt\", \"Version\") " +
                "VALUES ({0}, {1}, {2}, {2}, 2, 1, 1, 'Armed men near the school', 'en', 3, {3}, 0)",
                [Id(alertId), Id(missionId), At(dispatched.AddHours(-1)), At(dispatched)], ct);
            await old.Database.ExecuteSqlRawAsync(
                "INSERT INTO \"alerts_responses\" (\"Id\", \"AlertId\", \"Action\", \"DispatchedAt\", \"Notes\") VALUES ({0}, {1}, 1, {2}, 'Two sections, report at 18:00')",
                [Id(withNotes), Id(alertId), At(dispatched)], ct);
            await old.Database.ExecuteSqlRawAsync(
                "INSERT INTO \"alerts_responses\" (\"Id\", \"AlertId\", \"Action\", \"DispatchedAt\", \"Notes\") VALUES ({0}, {1}, 1, {2}, NULL)",
                [Id(withoutNotes), Id(alertId), At(dispatched)], ct);
        }

        await using var db = Context();
        await db.Database.MigrateAsync(ct);

        (await db.Database.GetPendingMigrationsAsync(ct)).ShouldBeEmpty();
        var notes = await db.Set<AlertResponseNote>().Where(n => n.ResponseId == withNotes || n.ResponseId == withoutNotes).ToListAsync(ct);
        var note = notes.ShouldHaveSingleItem();
        note.ResponseId.ShouldBe(withNotes);
        note.Text.ShouldBe("Two sections, report at 18:00");
        note.At.ShouldBe(dispatched);
        note.Actor.ShouldBe("migrated");
        note.UserId.ShouldBeNull();
        var response = await db.Set<AlertResponse>().Include(r => r.Notes).SingleAsync(r => r.Id == withNotes, ct);
        response.Notes.ShouldHaveSingleItem().Text.ShouldBe("Two sections, report at 18:00");
    }
}
