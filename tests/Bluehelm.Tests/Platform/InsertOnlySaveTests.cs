using Bluehelm.Modules.Alerts;
using Bluehelm.Modules.Missions;
using Bluehelm.Platform.Audit;
using Bluehelm.Platform.Data;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace Bluehelm.Tests.Platform;

/// <summary>Insert-only saves bypass EF's update pipeline: the rows must be exactly what EF would have written.</summary>
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
    public async Task An_alert_with_its_timeline_and_audit_reads_back_identical_to_what_was_added()
    {
        var group = SqliteGroupCommit.For(_connectionString);
        var mission = new Mission { Code = "TEST", NameEn = "Test mission", NameFr = "Mission d'essai", StartDate = new DateOnly(2014, 4, 10) };
        var received = new DateTimeOffset(2026, 11, 26, 9, 30, 15, TimeSpan.FromHours(1)).AddTicks(1234567);
        var alert = new Alert
        {
            MissionId = mission.Id,
            ReceivedAt = received,
            RecordedAt = received.AddSeconds(3),
            Channel = AlertChannel.Sms,
            ReporterName = "Réseau d'alerte communautaire",
            ReporterPhone = "+23672001234",
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

        var before = group.InsertOnlySaves;
        await using (var db = Context())
        {
            db.Add(mission);
            db.Add(alert);
            (await db.SaveChangesAsync(Ct)).ShouldBe(5); // mission, alert, event, and an audit row each for mission and alert
            db.Entry(alert).State.ShouldBe(EntityState.Unchanged);
        }

        (group.InsertOnlySaves - before).ShouldBe(1);
        await using var check = Context();
        var back = await check.Set<Alert>().Include(a => a.Events).SingleAsync(a => a.Id == alert.Id, Ct);
        SameColumns(check, alert, back);
        SameColumns(check, alert.Events.Single(), back.Events.Single());
        SameColumns(check, mission, await check.Set<Mission>().SingleAsync(m => m.Id == mission.Id, Ct));
        back.ReceivedAt.ShouldBe(received);
        back.Events.Single().AlertId.ShouldBe(alert.Id);
        (await check.AuditEntries.SingleAsync(e => e.EntityId == alert.Id.ToString(), Ct)).Action.ShouldBe("create");
    }

    [Fact]
    public async Task A_save_that_changes_a_row_goes_through_EF()
    {
        var group = SqliteGroupCommit.For(_connectionString);
        await using var db = Context();
        var mission = new Mission { Code = "CHG", NameEn = "Before", NameFr = "Avant" };
        db.Add(mission);
        await db.SaveChangesAsync(Ct);

        var before = (group.Saves, group.InsertOnlySaves);
        mission.NameEn = "After";
        db.AuditEntries.Add(new AuditEntry { Actor = "test", Action = "note", EntityType = "Test" });
        db.ChangeTracker.DetectChanges();
        InsertOnlySave.Collect(db).ShouldBeNull();
        await db.SaveChangesAsync(Ct);

        (group.Saves - before.Saves).ShouldBe(1);
        (group.InsertOnlySaves - before.InsertOnlySaves).ShouldBe(0);
        await using var check = Context();
        (await check.Set<Mission>().SingleAsync(m => m.Id == mission.Id, Ct)).NameEn.ShouldBe("After");
        (await check.AuditEntries.CountAsync(e => e.Action == "note", Ct)).ShouldBe(1);
    }

    [Fact]
    public void Rows_are_ordered_principals_first_whatever_order_they_were_added_in()
    {
        using var db = Context();
        var mission = new Mission { Code = "ORD", NameEn = "Order", NameFr = "Ordre" };
        var alert = new Alert { MissionId = mission.Id, Description = "x" };
        alert.Note(default, null, "t", "x", AlertEventKind.Received);
        db.Add(alert);
        db.Add(mission);

        var rows = InsertOnlySave.Collect(db).ShouldNotBeNull();

        rows.Select(r => r.Entity.GetType().Name).ShouldBe(["Mission", "Alert", "AlertEvent"]);
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
