using Bluehelm.Modules.Alerts.Contracts;
using Bluehelm.Modules.Alerts;
using Bluehelm.Modules.Missions;
using Bluehelm.Modules.Missions.Contracts;
using Bluehelm.Platform.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Bluehelm.Testing;

/// <summary>
/// A watch floor's worth of open MINUSCA alerts, written straight through the database context (600
/// through the API would take minutes): <see cref="Filler"/> near-identical ones spread over sites,
/// threats, severities and 300 hours so that none are probable duplicates of each other; one overdue
/// MEDIUM alert (deadline passed, not yet escalated); one dispatched MEDIUM alert; and three LOW
/// probable duplicates (same site and threat, within two hours) at a site the filler leaves alone.
/// </summary>
internal sealed record BoardSeed(Guid OverdueMedium, Guid DispatchedMedium, IReadOnlyList<Guid> Group, Guid GroupSite, IReadOnlyList<Guid> Filler, IReadOnlyList<Guid> Critical)
{
    public const int FillerCount = 595;

    /// <summary>How many filler alerts have <paramref name="severity"/> (they take the four in turn).</summary>
    public static int FillerOf(Severity severity) => (FillerCount - ((int)severity - 1) + 3) / 4;

    public IEnumerable<Guid> All => Filler.Append(OverdueMedium).Append(DispatchedMedium).Concat(Group);

    public static async Task<BoardSeed> WriteAsync(IServiceProvider services, DateTimeOffset now)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<BluehelmDbContext>();
        var mission = (await scope.ServiceProvider.GetRequiredService<IMissionDirectory>().FindAsync("MINUSCA", CancellationToken.None))!;
        var sites = await db.Set<Site>().Where(s => s.MissionId == mission.Id).OrderBy(s => s.Name).Take(21).ToListAsync();
        sites.Count.ShouldBe(21, "MINUSCA has enough sites for the board's seed");
        var threats = Enum.GetValues<ThreatType>().Where(t => t != ThreatType.Abduction).ToArray();
        Alert At(Site site, DateTimeOffset received, ThreatType threat, Severity severity, DateTimeOffset due, string text)
        {
            var a = new Alert
            {
                MissionId = mission.Id, ReceivedAt = received, RecordedAt = received, Channel = AlertChannel.Phone, Latitude = site.Latitude + 0.01, Longitude = site.Longitude,
                PlaceName = text, NearestSiteId = site.Id, NearestSiteName = site.Name, NearestSiteDistanceKm = 1.1, ThreatType = threat, Severity = severity,
                PeopleAtRisk = 40, Description = text, Language = "fr", DispatchDueAt = due,
            };
            a.Note(received, null, "seed", "seed", AlertEventKind.Received);
            return a;
        }

        var filler = new List<Alert>();
        for (var i = 0; i < FillerCount; i++)
        {
            var severity = (Severity)(1 + (i % 4));
            filler.Add(At(sites[i % 20], now.AddMinutes(-30 * (i + 1)), threats[i % threats.Length], severity, now.AddDays(2), "Filler " + i.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        }

        var overdue = At(sites[3], now.AddHours(-2), ThreatType.MovementOfArmedGroup, Severity.Medium, now.AddHours(-1), "Board seed M-1 (late)");
        var dispatched = At(sites[4], now.AddHours(-3), ThreatType.LootingOrDestruction, Severity.Medium, now.AddHours(-2), "Dispatched medium");
        dispatched.MoveTo(AlertStatus.Triaged, now.AddHours(-3), null, "seed", null).ShouldBeTrue();
        dispatched.MoveTo(AlertStatus.Dispatched, now.AddHours(-3), null, "seed", null).ShouldBeTrue();
        var group = Enumerable.Range(0, 3).Select(k => At(sites[20], now.AddMinutes(-40 * (k + 1)), ThreatType.Abduction, Severity.Low, now.AddDays(2), "Grouped " + k.ToString(System.Globalization.CultureInfo.InvariantCulture))).ToList();
        db.AddRange(filler);
        db.AddRange(overdue, dispatched);
        db.AddRange(group);
        await db.SaveChangesAsync();
        var critical = filler.Where(a => a.Severity == Severity.Critical).OrderBy(a => a.ReceivedAt).ThenBy(a => a.Id).Select(a => a.Id).ToList();
        return new BoardSeed(overdue.Id, dispatched.Id, [.. group.Select(a => a.Id)], sites[20].Id, [.. filler.Select(a => a.Id)], critical);
    }
}
