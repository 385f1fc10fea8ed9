using System.Globalization;
using Bluehelm.Cli;
using Bluehelm.Modules.Alerts;
using Bluehelm.Platform.Data;
using Bluehelm.Platform.Hosting;
using Bluehelm.Platform.Sealing;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.Extensions.DependencyInjection;

namespace Bluehelm.IntegrationTests.Platform.Sealing;

/// <summary>
/// A database of the release before sealing (schema up to the migration before
/// <c>Alerts_SealedReporters</c>, reporters written in clear with SQL), then the real host started on it.
/// </summary>
public sealed class ClearReportersApp : BluehelmApp
{
    /// <summary>More than one batch of <see cref="ReporterSealing.BatchSize"/>.</summary>
    public const int Rows = ReporterSealing.BatchSize + 20;

    public Guid MissionId { get; } = Guid.CreateVersion7();

    public List<Guid> AlertIds { get; } = [];

    public static string NameOf(int i) => "Témoin Ancien " + i.ToString("D3", CultureInfo.InvariantCulture);

    public static string PhoneOf(int i) => "+2367009" + i.ToString("D4", CultureInfo.InvariantCulture);

    public override async ValueTask InitializeAsync()
    {
        await base.InitializeAsync();
        var settings = new BluehelmOptions { Database = new DatabaseOptions { Provider = Provider, ConnectionString = ConnectionString } };
        var builder = new DbContextOptionsBuilder<BluehelmDbContext>();
        DatabaseRegistration.Configure(builder, settings);
        await using (var old = new BluehelmDbContext(builder.Options))
        {
            var migrations = old.Database.GetMigrations().ToList();
            var sealing = migrations.FindIndex(m => m.EndsWith("_Alerts_SealedReporters", StringComparison.Ordinal));
            await old.GetService<IMigrator>().MigrateAsync(migrations[sealing - 1]);
            var sqlite = Provider == "sqlite";
            object Id(Guid id) => sqlite ? id.ToString().ToUpperInvariant() : id;
            object At(DateTimeOffset t) => sqlite ? t.UtcTicks : t;
            await using var transaction = await old.Database.BeginTransactionAsync();
            await old.Database.ExecuteSqlRawAsync(
                "INSERT INTO \"missions\" (\"Id\", \"Code\", \"NameEn\", \"NameFr\", \"WorkingLanguages\") VALUES ({0}, 'OLDMIS', 'Old mission', 'Ancienne mission', 'fr')",
                Id(MissionId));
            var received = new DateTimeOffset(2026, 11, 20, 9, 0, 0, TimeSpan.Zero);
            for (var i = 0; i < Rows; i++)
            {
                var id = Guid.CreateVersion7();
                AlertIds.Add(id);

                // Every fifth alert has a phone only, every seventh a name only: both halves are sealed on their own.
                await old.Database.ExecuteSqlRawAsync(
                    "INSERT INTO \"alerts\" (\"Id\", \"MissionId\", \"ReceivedAt\", \"RecordedAt\", \"Channel\", \"ThreatType\", \"Severity\", \"Description\", \"Language\", \"Status\", \"DispatchDueAt\", \"Version\", \"ReporterName\", \"ReporterPhone\") " +
                    "VALUES ({0}, {1}, {2}, {2}, 2, 1, 1, {3}, 'fr', 1, {4}, 0, {5}, {6})",
                    Id(id), Id(MissionId), At(received.AddMinutes(i)), "ancienne alerte " + i.ToString(CultureInfo.InvariantCulture), At(received.AddMinutes(i + 60)), NameOf(i), PhoneOf(i));
                if (i % 5 == 0)
                {
                    await old.Database.ExecuteSqlRawAsync("UPDATE \"alerts\" SET \"ReporterName\" = NULL WHERE \"Id\" = {0}", Id(id));
                }

                if (i % 7 == 0)
                {
                    await old.Database.ExecuteSqlRawAsync("UPDATE \"alerts\" SET \"ReporterPhone\" = NULL WHERE \"Id\" = {0}", Id(id));
                }
            }

            await transaction.CommitAsync();
        }

        _ = Services;
    }

    /// <summary>Started once the old rows are in.</summary>
    protected override void Start()
    {
    }

    public async Task<(int Exit, string Out, string Err)> Cli(params string[] args)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var exit = await CliApp.RunAsync(args, stdout, stderr, new StringReader(""), Settings);
        return (exit, stdout.ToString(), stderr.ToString());
    }
}

/// <summary>Reporters stored in clear by the release before sealing are sealed on start, their clear text gone from the database files.</summary>
public sealed class ClearReportersMigrationTests(ClearReportersApp app) : IClassFixture<ClearReportersApp>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private async Task<List<Alert>> OldAlertsAsync()
    {
        await using var scope = app.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<BluehelmDbContext>().Set<Alert>().AsNoTracking().Where(a => a.MissionId == app.MissionId).ToListAsync(Ct);
    }

    [Fact]
    public async Task Start_ClearReporters_SealedWithLookupsAndGoneFromTheRawDatabase()
    {
        var alerts = await OldAlertsAsync();
        var raw = await RawDatabase.TextOfAsync(app);

        alerts.Count.ShouldBe(ClearReportersApp.Rows);
        alerts.Where(a => a.SealedReporterName is not null).ShouldAllBe(a => Sealer.IsSealed(a.SealedReporterName));
        alerts.Where(a => a.SealedReporterPhone is not null).ShouldAllBe(a => Sealer.IsSealed(a.SealedReporterPhone) && a.ReporterPhoneLookup != null);
        alerts.Count(a => a.SealedReporterName is not null).ShouldBe(Enumerable.Range(0, ClearReportersApp.Rows).Count(i => i % 5 != 0));
        alerts.Count(a => a.SealedReporterPhone is not null).ShouldBe(Enumerable.Range(0, ClearReportersApp.Rows).Count(i => i % 7 != 0));
        raw.ShouldContain("ancienne alerte 517");
        raw.ShouldNotContain("Témoin Ancien");
        raw.ShouldNotContain("moin Ancien");
        raw.ShouldNotContain("2367009");
    }

    [Fact]
    public async Task Start_ClearReporters_AdminReadsThemAndAnSmsReplyStillJoinsTheAlert()
    {
        var admin = await app.ClientFor(BluehelmApp.AdminEmail);
        var reporter = (await admin.GetFromJsonAsync<JsonElement>($"/api/v1/alerts/{app.AlertIds[8]}", Ct)).GetProperty("reporter");
        reporter.GetProperty("name").GetString().ShouldBe(ClearReportersApp.NameOf(8));
        reporter.GetProperty("phone").GetString().ShouldBe(ClearReportersApp.PhoneOf(8));
        var gateway = await app.Cli("gateway", "add", "--mission", "OLDMIS", "--name", "old-gateway");
        gateway.Exit.ShouldBe(0, gateway.Err);
        var secret = gateway.Out.Split('\n').Single(l => l.StartsWith("Secret", StringComparison.Ordinal)).Split(": ", 2)[1].Trim();

        var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/alerts/sms")
        {
            Content = new FormUrlEncodedContent(new Dictionary<string, string> { ["from"] = "00236 70 09 0009", ["text"] = "toujours là" }),
        };
        request.Headers.Authorization = new("Bearer", secret);
        var reply = await app.CreateClient().SendAsync(request, Ct);

        reply.StatusCode.ShouldBe(HttpStatusCode.OK, await reply.Content.ReadAsStringAsync(Ct));
        var accepted = await reply.Content.ReadFromJsonAsync<JsonElement>(Ct);
        accepted.GetProperty("reply").GetBoolean().ShouldBeTrue();
        accepted.GetProperty("alertId").GetGuid().ShouldBe(app.AlertIds[9]);
    }

    [Fact]
    public async Task SealingMigrate_AfterTheStart_SealsNothingAgain()
    {
        var before = (await OldAlertsAsync()).ToDictionary(a => a.Id, a => (a.SealedReporterName, a.SealedReporterPhone, a.ReporterPhoneLookup));

        var migrate = await app.Cli("sealing", "migrate");

        migrate.Exit.ShouldBe(0, migrate.Err);
        migrate.Out.ShouldNotContain("Sealed the clear");
        migrate.Out.ShouldContain("Every identity field is sealed.");
        var after = (await OldAlertsAsync()).ToDictionary(a => a.Id, a => (a.SealedReporterName, a.SealedReporterPhone, a.ReporterPhoneLookup));
        after.Count.ShouldBe(before.Count);
        foreach (var (id, stored) in before)
        {
            after[id].ShouldBe(stored);
        }
    }
}
