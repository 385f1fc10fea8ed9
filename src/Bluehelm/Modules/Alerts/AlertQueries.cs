using Bluehelm.Modules.Alerts.Contracts;
using System.Linq.Expressions;
using System.Security.Claims;
using Bluehelm.Modules.Missions.Contracts;
using Bluehelm.Platform.Audit;
using Bluehelm.Platform.Data;
using Microsoft.EntityFrameworkCore;

namespace Bluehelm.Modules.Alerts;

/// <summary>
/// Reads of alerts, always through <see cref="AlertAccess.VisibleAsync"/>. Missions are the Missions
/// module's: a mission filter is resolved to its id through <see cref="IMissionDirectory"/> first, and
/// the mission codes of the answers are filled in from the directory after the query.
/// </summary>
internal sealed class AlertQueries(BluehelmDbContext db, IMissionDirectory missions, Bluehelm.Platform.Sealing.ISealer sealer)
{
    public async Task<IQueryable<Alert>> FilteredAsync(ClaimsPrincipal user, AlertFilter f, CancellationToken ct)
    {
        var q = await db.Set<Alert>().AsNoTracking().VisibleAsync(user, missions, ct);
        if (!string.IsNullOrWhiteSpace(f.Mission))
        {
            if (await missions.FindAsync(f.Mission.Trim(), ct) is { } mission)
            {
                var missionId = mission.Id;
                q = q.Where(a => a.MissionId == missionId);
            }
            else
            {
                q = q.Where(a => false);
            }
        }

        if (f.Status is { } s)
        {
            q = q.Where(a => a.Status == s);
        }

        if (f.OpenOnly)
        {
            q = q.Where(a => a.Status == AlertStatus.Received || a.Status == AlertStatus.Triaged || a.Status == AlertStatus.Dispatched || a.Status == AlertStatus.OnScene);
        }

        if (f.Severity is { } sev)
        {
            q = q.Where(a => a.Severity == sev);
        }

        if (f.ThreatType is { } t)
        {
            q = q.Where(a => a.ThreatType == t);
        }

        if (f.From is { } from)
        {
            q = q.Where(a => a.ReceivedAt >= from);
        }

        if (f.To is { } to)
        {
            q = q.Where(a => a.ReceivedAt < to);
        }

        if (f is { South: { } so, West: { } we, North: { } no, East: { } ea })
        {
            q = q.Where(a => a.Latitude >= so && a.Latitude <= no && a.Longitude >= we && a.Longitude <= ea);
        }

        return q;
    }

    /// <summary>
    /// Newest first, keyset-paged on (received time, id): the cost of a page does not grow with
    /// its depth, which keeps the list fast at 100,000 alerts.
    /// </summary>
    public async Task<AlertPage> PageAsync(ClaimsPrincipal user, AlertFilter filter, string? after, int limit, DateTimeOffset now, CancellationToken ct)
    {
        var q = await FilteredAsync(user, filter, ct);
        if (AlertCursor.TryParse(after, out var at, out var id))
        {
            q = q.Where(a => a.ReceivedAt < at || (a.ReceivedAt == at && a.Id.CompareTo(id) < 0));
        }

        var rows = await WithCodesAsync(await q.OrderByDescending(a => a.ReceivedAt).ThenByDescending(a => a.Id).Take(limit + 1).Select(Summary(now)).ToListAsync(ct), ct);
        var next = rows.Count > limit ? AlertCursor.Make(rows[limit - 1].ReceivedAt, rows[limit - 1].Id) : null;
        return new AlertPage(rows.Take(limit).ToList(), next);
    }

    /// <summary>The visible alerts among <paramref name="ids"/>, newest first.</summary>
    public async Task<IReadOnlyList<AlertSummary>> SummariesAsync(ClaimsPrincipal user, IReadOnlyCollection<Guid> ids, DateTimeOffset now, CancellationToken ct) =>
        ids.Count == 0
            ? []
            : await WithCodesAsync(
                await (await db.Set<Alert>().AsNoTracking().VisibleAsync(user, missions, ct)).Where(a => ids.Contains(a.Id))
                    .OrderByDescending(a => a.ReceivedAt).Select(Summary(now)).ToListAsync(ct),
                ct);

    /// <summary>
    /// The first 500 open alerts in board order (<see cref="AlertBoardQuery.Ordered"/>: overdue, decided by
    /// the database before the cut, then severity and age), for the API and the map; the board page pages over all.
    /// </summary>
    public async Task<IReadOnlyList<AlertSummary>> BoardAsync(ClaimsPrincipal user, string? mission, DateTimeOffset now, CancellationToken ct) =>
        await WithCodesAsync(
            await AlertBoardQuery.Ordered(await FilteredAsync(user, new AlertFilter(Mission: mission, OpenOnly: true), ct), now).Take(BoardLimit).Select(Summary(now)).ToListAsync(ct),
            ct);

    /// <summary>The most open alerts <see cref="BoardAsync"/> returns (the board page itself pages through all of them).</summary>
    public const int BoardLimit = 500;

    /// <summary>How many alerts are open in the user's scope (the board's cut of 500 says "500 of N" with it).</summary>
    public async Task<int> OpenCountAsync(ClaimsPrincipal user, string? mission, CancellationToken ct) =>
        await (await FilteredAsync(user, new AlertFilter(Mission: mission, OpenOnly: true), ct)).CountAsync(ct);

    /// <summary>Unacknowledged JOC notifications (overdue alerts) of the missions the user sees, newest first.</summary>
    public async Task<IReadOnlyList<JocNotice>> NotificationsAsync(ClaimsPrincipal user, CancellationToken ct)
    {
        var visible = (await db.Set<Alert>().VisibleAsync(user, missions, ct)).Select(a => a.Id);
        return await db.Set<JocNotification>().AsNoTracking()
            .Where(n => n.AcknowledgedAt == null && visible.Contains(n.AlertId))
            .OrderByDescending(n => n.CreatedAt).Take(50)
            .Select(n => new JocNotice(n.Id, n.MissionId, n.AlertId, n.Kind, n.CreatedAt))
            .ToListAsync(ct);
    }

    public async Task<AlertDetail?> GetAsync(ClaimsPrincipal user, Guid id, CancellationToken ct)
    {
        var a = await (await db.Set<Alert>().AsNoTracking().Where(x => x.Id == id).VisibleAsync(user, missions, ct))
            .Include(x => x.Events).Include(x => x.Responses).ThenInclude(r => r.Units).Include(x => x.Responses).ThenInclude(r => r.Notes)
            .AsSplitQuery().SingleOrDefaultAsync(ct);
        if (a is null)
        {
            return null;
        }

        var code = (await missions.FindAsync(a.MissionId, ct))?.Code ?? "";
        var reporter = AlertAccess.SeesReporter(user, code) ? ReporterSeal.Reveal(sealer, a.SealedReporterName, a.SealedReporterPhone) : null;
        if (reporter is not null)
        {
            // Every read that shows the reporter (API or page) leaves a line: who, when, which alert; never the values.
            await AuditWriter.RecordReadAsync(db, nameof(Alert), a.Id.ToString(), "reporter", ct);
        }

        return new AlertDetail(
            a.Id, code, a.ReceivedAt, a.RecordedAt, a.Channel, a.ThreatType, a.Severity, a.Status, a.PlaceName, a.Latitude, a.Longitude, a.PrioGridGid,
            a.NearestSiteId, a.NearestSiteName, a.NearestSiteDistanceKm, a.PeopleAtRisk, a.Women, a.Children, a.Displaced, a.Description, a.Language,
            reporter, a.DuplicateOfId, a.TriagedAt, a.DispatchedAt, a.OnSceneAt, a.ClosedAt, a.DispatchDueAt, a.OverdueSince, a.Version,
            Alert.NextStatuses(a.Status),
            [.. a.Events.OrderBy(e => e.Sequence).Select(e => new TimelineEntry(e.At, e.Kind, e.From, e.To, e.Actor, e.Note, e.RelatedAlertId, e.ActorUserId))],
            [.. a.Responses.OrderBy(r => r.DispatchedAt).Select(r => Response(r))],
            a.OutsideHostCountry);
    }

    private static ResponseDto Response(AlertResponse r)
    {
        var notes = r.Notes.OrderBy(n => n.At).ThenBy(n => n.Id).Select(n => new ResponseNoteDto(n.At, n.Actor, n.Text, n.UserId)).ToList();
        return new ResponseDto(r.Id, r.Action, r.DispatchedAt, r.OnSceneAt, r.Outcome, notes.LastOrDefault()?.Text, [.. r.Units.Select(u => new ResponseUnitDto(u.UnitId, u.UnitName))], notes);
    }

    /// <summary>The summaries with their missions' codes, from the directory's cached list.</summary>
    internal async Task<List<AlertSummary>> WithCodesAsync(List<SummaryRow> rows, CancellationToken ct)
    {
        if (rows.Count == 0)
        {
            return [];
        }

        var codes = (await missions.AllAsync(ct)).ToDictionary(m => m.Id, m => m.Code);
        return [.. rows.Select(r => r.Summary with { Mission = codes.GetValueOrDefault(r.MissionId, "") })];
    }

    /// <summary>An alert as lists show it, its overdue flag decided by the database (<see cref="AlertOverdue"/>).</summary>
    internal static Expression<Func<Alert, SummaryRow>> Summary(DateTimeOffset now) => AlertOverdue.Into<SummaryRow>(
        (a, overdue) => new SummaryRow(
            a.MissionId,
            new AlertSummary(
                a.Id, "", a.ReceivedAt, a.Channel, a.ThreatType, a.Severity, a.Status,
                a.PlaceName, a.Latitude, a.Longitude, a.PrioGridGid, a.NearestSiteName, a.NearestSiteDistanceKm, a.PeopleAtRisk, a.DispatchDueAt,
                overdue,
                a.OutsideHostCountry)),
        now);

    /// <summary>A summary as read, before its mission code is known.</summary>
    internal sealed record SummaryRow(Guid MissionId, AlertSummary Summary);
}
