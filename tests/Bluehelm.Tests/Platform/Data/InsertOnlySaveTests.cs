using Bluehelm.Modules.Alerts.Contracts;
using Bluehelm.Modules.Alerts;
using Bluehelm.Modules.Missions;
using Bluehelm.Platform.Audit;
using Bluehelm.Platform.Data;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace Bluehelm.Tests.Platform.Data;

/// <summary>InsertNewAsync bypasses EF's update pipeline: the rows must be exactly what EF would have written.</summary>
public sealed class InsertOnlySaveTests : IDisposable
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private readonly string _folder = Directory.CreateTempSubdirectory("bluehelm-insert-only-").FullName;
    private readonly string _connectionString;

    public InsertOnlySaveTests()
    {
        _connectionString = new SqliteConnectionStringBuilder { DataSource = Path.Combine(_folder, "t.db"), Pooling = false }.ToString();
        using var db = Context();
        db.Database.EnsureCreated();
    }

    private BluehelmDbContext Context() =>
        new(new DbContextOptionsBuilder<BluehelmDbContext>().UseSqlite(_connectionString).AddInterceptors(new SqlitePragmas()).Options);

    [Fact]
    public async Task InsertNewAsync_AlertWithTimelineAndAudit_ReadsBackIdenticalThroughEf()
    {
        var mission = new Mission { Code = "TEST", NameEn = "Test mission", NameFr = "Mission d'essai", StartDate = new DateOnly(2014, 4, 10) };
        var received = new DateTimeOffset(2026, 11, 26, 9, 30, 15, TimeSpan.FromHours(1)).AddTicks(1234567);
        var alert = new Alert
        {
            MissionId = mission.Id,
            ReceivedAt = received,
            RecordedAt = received.AddSeconds(3),
            Channel = AlertChannel.Sms,
            SealedReporterName = "sealed:v1:CfDJ8-reporter-name-as-stored",
            SealedReporterPhone = "sealed:v1:CfDJ8-reporter-phone-as-stored",
            ReporterPhoneLookup = "h0001:3q2+7w==",
            Latitude = 5.7512345,
            Longitude = 20.6543219,
            PrioGridGid = 164582,
            ThreatType = ThreatType.SexualViolence,
            Severity = Severity.Critical,
            PeopleAtRisk = 40,
            Women = 12,
            Description = "Hommes armés près du marché — « aidez-nous »",
            Language = "fr",
            DispatchDueAt = received.AddHours(1),
        };
        alert.Note(received.AddSeconds(3), Guid.CreateVersion7(), "joc@test", "sms", AlertEventKind.Received);

        await using (var db = Context())
        {
            var before = InsertOnlySave.SavesOn(db);
            await db.InsertNewAsync([mission, alert, .. alert.Events], Ct);
            db.Entry(alert).State.ShouldBe(EntityState.Detached);
            (InsertOnlySave.SavesOn(db) - before).ShouldBe(1);
        }

        await using var check = Context();
        var back = await check.Set<Alert>().Include(a => a.Events).SingleAsync(a => a.Id == alert.Id, Ct);
        SameColumns(check, alert, back);
        SameColumns(check, alert.Events.Single(), back.Events.Single());
        SameColumns(check, mission, await check.Set<Mission>().SingleAsync(m => m.Id == mission.Id, Ct));
        back.ReceivedAt.ShouldBe(received);
        back.Events.Single().AlertId.ShouldBe(alert.Id);
        (await check.AuditEntries.SingleAsync(e => e.EntityId == alert.Id.ToString(), Ct)).Action.ShouldBe("create");
        (await check.AuditEntries.SingleAsync(e => e.EntityId == mission.Id.ToString(), Ct)).Action.ShouldBe("create");
    }

    [Fact]
    public async Task SaveChangesAsync_OnlyNewRows_GoesThroughEfNotTheFastPath()
    {
        var group = SqliteGroupCommit.For(_connectionString);
        await using var db = Context();
        var before = (group.Saves, Fast: InsertOnlySave.SavesOn(db));
        db.Add(new Mission { Code = "EF", NameEn = "Through EF", NameFr = "Par EF" });
        db.AuditEntries.Add(new AuditEntry { Actor = "test", Action = "note", EntityType = "Test" });

        await db.SaveChangesAsync(Ct);

        (group.Saves - before.Saves).ShouldBe(1);
        (InsertOnlySave.SavesOn(db) - before.Fast).ShouldBe(0);
        await using var check = Context();
        (await check.AuditEntries.CountAsync(e => e.Action == "note", Ct)).ShouldBe(1);
    }

    [Fact]
    public void RowsFor_DependentsGivenFirst_OrdersPrincipalsFirst()
    {
        using var db = Context();
        var alert = new Alert { MissionId = Guid.CreateVersion7(), Description = "x" };
        alert.Note(default, null, "t", "x", AlertEventKind.Received);
        alert.Note(default, null, "t", "y", AlertEventKind.Received);

        var rows = InsertOnlySave.RowsFor(db, [.. alert.Events, alert]).ShouldNotBeNull();

        rows.Select(r => r.Entity.GetType().Name).ShouldBe(["Alert", "AlertEvent", "AlertEvent"]);
    }

    [Fact]
    public async Task InsertNewAsync_ConnectionHeldOpen_CountsOneSave()
    {
        await using var db = Context();
        // An open connection keeps the save out of the group commit: InsertOnlySave's own transaction.
        await db.Database.OpenConnectionAsync(Ct);
        var before = InsertOnlySave.SavesOn(db);

        await db.InsertNewAsync([new Mission { Code = "ONE", NameEn = "One", NameFr = "Une" }], Ct);

        (InsertOnlySave.SavesOn(db) - before).ShouldBe(1);
    }

    private static void SameColumns(DbContext db, object added, object read)
    {
        foreach (var property in db.Model.FindEntityType(added.GetType())!.GetProperties())
        {
            property.GetGetter().GetClrValueUsingContainingEntity(read)
                .ShouldBe(property.GetGetter().GetClrValueUsingContainingEntity(added), $"{added.GetType().Name}.{property.Name}");
        }
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }
}
