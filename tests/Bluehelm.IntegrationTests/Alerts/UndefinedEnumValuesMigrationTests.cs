using Bluehelm.Modules.Alerts.Contracts;
using Bluehelm.Modules.Alerts;
using Bluehelm.Platform.Data;
using Microsoft.EntityFrameworkCore;

using Bluehelm.IntegrationTests.Platform;

namespace Bluehelm.IntegrationTests.Alerts;

/// <summary>
/// Migration Alerts_UndefinedEnumValues on a database holding what the API used to accept: severity
/// -1 / 0 / 99, threat 99, channel 42, dispatch action 99, outcome 77. Each becomes the defined value
/// the migration documents; defined values are left as they were.
/// </summary>
public sealed class UndefinedEnumValuesMigrationTests : MigrationTestDatabase
{
    [Fact]
    public async Task Migrate_AlertsAndResponsesWithUndefinedEnumNumbers_GetTheDocumentedDefinedValues()
    {
        var ct = TestContext.Current.CancellationToken;
        var missionId = Guid.CreateVersion7();
        var received = new DateTimeOffset(2026, 11, 30, 6, 30, 0, TimeSpan.Zero);
        // (severity, threat, channel) as stored, then as expected after the migration.
        (int Severity, int Threat, int Channel, Severity S, ThreatType T, AlertChannel C, int Version)[] rows =
        [
            (-1, 1, 2, Severity.High, ThreatType.AttackOnCivilians, AlertChannel.Api, 1),
            (0, 99, 42, Severity.High, ThreatType.Other, AlertChannel.Other, 1),
            (99, 12, 7, Severity.High, ThreatType.Other, AlertChannel.Other, 1),
            (1, 5, 3, Severity.Critical, ThreatType.ArmedClashNearCivilians, AlertChannel.Sms, 0),
        ];
        var ids = rows.Select(_ => Guid.CreateVersion7()).ToArray();
        var responses = new (Guid Id, int Action, int? Outcome, ResponseAction A, ResponseOutcome? O)[]
        {
            (Guid.CreateVersion7(), 99, 77, ResponseAction.Other, ResponseOutcome.Other),
            (Guid.CreateVersion7(), 1, null, ResponseAction.Patrol, null),
            (Guid.CreateVersion7(), 0, 1, ResponseAction.Other, ResponseOutcome.CiviliansProtected),
        };
        await using (var old = Context())
        {
            await MigrateToAsync(old, "Platform_TablesPrefixedByModule", ct);
            await old.Database.ExecuteSqlRawAsync(
                "INSERT INTO \"missions\" (\"Id\", \"Code\", \"NameEn\", \"NameFr\", \"WorkingLanguages\") VALUES ({0}, 'ENUMS', 'Enum mission', 'Mission enum', 'fr')",
                [Id(missionId)], ct);
            for (var i = 0; i < rows.Length; i++)
            {
                await old.Database.ExecuteSqlRawAsync(
                    "INSERT INTO \"alerts\" (\"Id\", \"MissionId\", \"ReceivedAt\", \"RecordedAt\", \"Channel\", \"ThreatType\", \"Severity\", \"Description\", \"Language\", \"Status\", \"DispatchDueAt\", \"Version\") " +
                    "VALUES ({0}, {1}, {2}, {2}, {3}, {4}, {5}, 'enum row', 'en', 1, {6}, 0)",
                    [Id(ids[i]), Id(missionId), At(received), rows[i].Channel, rows[i].Threat, rows[i].Severity, At(received.AddHours(1))], ct);
            }

            foreach (var r in responses)
            {
                if (r.Outcome is { } outcome)
                {
                    await old.Database.ExecuteSqlRawAsync(
                        "INSERT INTO \"alerts_responses\" (\"Id\", \"AlertId\", \"Action\", \"DispatchedAt\", \"Outcome\") VALUES ({0}, {1}, {2}, {3}, {4})",
                        [Id(r.Id), Id(ids[0]), r.Action, At(received), outcome], ct);
                }
                else
                {
                    await old.Database.ExecuteSqlRawAsync(
                        "INSERT INTO \"alerts_responses\" (\"Id\", \"AlertId\", \"Action\", \"DispatchedAt\") VALUES ({0}, {1}, {2}, {3})",
                        [Id(r.Id), Id(ids[0]), r.Action, At(received)], ct);
                }
            }
        }

        await using var db = Context();
        await db.Database.MigrateAsync(ct);

        for (var i = 0; i < rows.Length; i++)
        {
            var alert = await db.Set<Alert>().AsNoTracking().SingleAsync(a => a.Id == ids[i], ct);
            (alert.Severity, alert.ThreatType, alert.Channel, alert.Version).ShouldBe((rows[i].S, rows[i].T, rows[i].C, rows[i].Version), $"row {i}");
        }

        foreach (var r in responses)
        {
            var response = await db.Set<AlertResponse>().AsNoTracking().SingleAsync(x => x.Id == r.Id, ct);
            (response.Action, response.Outcome).ShouldBe((r.A, r.O));
        }
    }
}
