using Bluehelm.Modules.Alerts.Contracts;
using Bluehelm.Modules.Alerts;
using Bluehelm.Modules.Missions;
using Bluehelm.Platform.Data;
using Bluehelm.Platform.Idempotency;
using Bluehelm.Platform.Identity;
using Microsoft.EntityFrameworkCore;

namespace Bluehelm.IntegrationTests.Platform;

/// <summary>
/// A database made by an earlier release keeps its data through every later migration: rows written
/// with the old table and column names are read back through the current model.
/// </summary>
public sealed class MigrationDataTests : MigrationTestDatabase
{
    [Fact]
    public async Task Migrate_DatabaseOfTheAlertsRelease_KeepsMissionsAlertsRolesAndIdempotencyRecords()
    {
        var ct = TestContext.Current.CancellationToken;
        var missionId = Guid.CreateVersion7();
        var alertId = Guid.CreateVersion7();
        var roleId = Guid.CreateVersion7();
        var received = new DateTimeOffset(2026, 11, 20, 6, 30, 0, TimeSpan.Zero);
        await using (var old = Context())
        {
            await MigrateToAsync(old, "Alerts", ct);

            await old.Database.ExecuteSqlRawAsync(
                "INSERT INTO \"missions\" (\"Id\", \"Code\", \"NameEn\", \"NameFr\", \"WorkingLanguages\") VALUES ({0}, 'OLDMIS', 'Old mission', 'Ancienne mission', 'fr')",
                [Id(missionId)], ct);
            await old.Database.ExecuteSqlRawAsync(
                "INSERT INTO \"alerts\" (\"Id\", \"MissionId\", \"ReceivedAt\", \"RecordedAt\", \"Channel\", \"ThreatType\", \"Severity\", \"Description\", \"Language\", \"Status\", \"DispatchDueAt\", \"Version\") " +
                "VALUES ({0}, {1}, {2}, {2}, 2, 1, 1, 'Armed men near the school', 'en', 1, {3}, 0)",
                [Id(alertId), Id(missionId), At(received), At(received.AddHours(1))], ct);
            await old.Database.ExecuteSqlRawAsync(
                "INSERT INTO \"idempotency_records\" (\"Scope\", \"Key\", \"RequestHash\", \"AlertId\", \"CreatedAt\") VALUES ('user:x', 'key-1', 'hash', {0}, {1})",
                [Id(alertId), At(received)], ct);
            await old.Database.ExecuteSqlRawAsync(
                "INSERT INTO \"AspNetRoles\" (\"Id\", \"Name\", \"NormalizedName\", \"ConcurrencyStamp\") VALUES ({0}, 'old-role', 'OLD-ROLE', 'stamp')",
                [Id(roleId)], ct);
        }

        await using var db = Context();
        await db.Database.MigrateAsync(ct);

        (await db.Database.GetPendingMigrationsAsync(ct)).ShouldBeEmpty();
        var mission = await db.Set<Mission>().SingleAsync(m => m.Code == "OLDMIS", ct);
        mission.Id.ShouldBe(missionId);
        mission.NameFr.ShouldBe("Ancienne mission");
        var alert = await db.Set<Alert>().SingleAsync(a => a.Id == alertId, ct);
        alert.MissionId.ShouldBe(missionId);
        alert.ReceivedAt.ShouldBe(received);
        alert.Description.ShouldBe("Armed men near the school");
        (await db.Set<IdempotencyRecord>().SingleAsync(r => r.Key == "key-1", ct)).ResultId.ShouldBe(alertId);
        (await db.Set<BluehelmRole>().SingleAsync(r => r.Id == roleId, ct)).Name.ShouldBe("old-role");
    }
}
