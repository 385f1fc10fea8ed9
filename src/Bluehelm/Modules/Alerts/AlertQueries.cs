using System.Globalization;
using System.Security.Claims;
using System.Text;
using Bluehelm.Platform.Data;
using Microsoft.EntityFrameworkCore;

namespace Bluehelm.Modules.Alerts;

/// <summary>The reporter, present only for roles that may see it.</summary>
public sealed record ReporterDto(string? Name, string? Phone);

/// <summary>An alert in a list.</summary>
public sealed record AlertSummary(
    Guid Id, string Mission, DateTimeOffset ReceivedAt, AlertChannel Channel, ThreatType ThreatType, Severity Severity, AlertStatus Status,
    string? PlaceName, double? Latitude, double? Longitude, int? PrioGridGid, string? NearestSite, double? NearestSiteDistanceKm,
    int? PeopleAtRisk, DateTimeOffset DispatchDueAt, bool Overdue);

/// <summary>A notification for a mission's JOC (an alert gone overdue), until someone acknowledges it.</summary>
public sealed record JocNotice(Guid Id, Guid MissionId, Guid AlertId, string Kind, DateTimeOffset CreatedAt);

/// <summary>A page of alerts; pass <c>after</c> = <see cref="Next"/> for the next one.</summary>
public sealed record AlertPage(IReadOnlyList<AlertSummary> Items, string? Next);

/// <summary>An alert with its whole timeline and responses.</summary>
public sealed record AlertDetail(
    Guid Id, string Mission, DateTimeOffset ReceivedAt, DateTimeOffset RecordedAt, AlertChannel Channel, ThreatType ThreatType, Severity Severity,
    AlertStatus Status, string? PlaceName, double? Latitude, double? Longitude, int? PrioGridGid, Guid? NearestSiteId, string? NearestSite,
    double? NearestSiteDistanceKm, int? PeopleAtRisk, int? Women, int? Children, int? Displaced, string Description, string Language,
    ReporterDto? Reporter, Guid? DuplicateOf, DateTimeOffset? TriagedAt, DateTimeOffset? DispatchedAt, DateTimeOffset? OnSceneAt,
    DateTimeOffset? ClosedAt, DateTimeOffset DispatchDueAt, DateTimeOffset? OverdueSince, int Version,
    IReadOnlyList<AlertStatus> NextStatuses, IReadOnlyList<TimelineEntry> Timeline, IReadOnlyList<ResponseDto> Responses);

/// <summary>One timeline entry.</summary>
public sealed record TimelineEntry(DateTimeOffset At, AlertEventKind Kind, AlertStatus? From, AlertStatus? To, string Actor, string? Note, Guid? RelatedAlertId);

/// <summary>A response with its units.</summary>
public sealed record ResponseDto(Guid Id, ResponseAction Action, DateTimeOffset DispatchedAt, DateTimeOffset? OnSceneAt, ResponseOutcome? Outcome, string? Notes, IReadOnlyList<ResponseUnitDto> Units);

/// <summary>A unit of a response.</summary>
public sealed record ResponseUnitDto(Guid Id, string Name);

/// <summary>Filters of the alert list (all optional).</summary>
public sealed record AlertFilter(
    string? Mission = null, AlertStatus? Status = null, Severity? Severity = null, ThreatType? ThreatType = null,
    DateTimeOffset? From = null, DateTimeOffset? To = null, double? South = null, double? West = null, double? North = null, double? East = null,
    bool OpenOnly = false);

/// <summary>Reads of alerts, always through <see cref="AlertAccess.Visible"/>.</summary>
internal sealed class AlertQueries(BluehelmDbContext db)
{
    public IQueryable<Alert> Filtered(ClaimsPrincipal user, AlertFilter f)
    {
        var q = db.Set<Alert>().AsNoTracking().Visible(user, db);
        if (!string.IsNullOrWhiteSpace(f.Mission))
        {
            var code = f.Mission.Trim().ToUpperInvariant();
            q = q.Where(a => db.Set<Missions.Mission>().Any(m => m.Id == a.MissionId && m.Code == code));
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
        var q = Filtered(user, filter);
        if (Cursor.TryParse(after, out var at, out var id))
        {
            q = q.Where(a => a.ReceivedAt < at || (a.ReceivedAt == at && a.Id.CompareTo(id) < 0));
        }

        var rows = await q.OrderByDescending(a => a.ReceivedAt).ThenByDescending(a => a.Id).Take(limit + 1)
            .Select(Summary(db, now)).ToListAsync(ct);
        var next = rows.Count > limit ? Cursor.Make(rows[limit - 1].ReceivedAt, rows[limit - 1].Id) : null;
        return new AlertPage(rows.Take(limit).ToList(), next);
    }

    /// <summary>The visible alerts among <paramref name="ids"/>, newest first.</summary>
    public async Task<IReadOnlyList<AlertSummary>> SummariesAsync(ClaimsPrincipal user, IReadOnlyCollection<Guid> ids, DateTimeOffset now, CancellationToken ct) =>
        ids.Count == 0
            ? []
            : await db.Set<Alert>().AsNoTracking().Visible(user, db).Where(a => ids.Contains(a.Id))
                .OrderByDescending(a => a.ReceivedAt).Select(Summary(db, now)).ToListAsync(ct);

    /// <summary>Open alerts for the watch board: overdue first, then by severity and age.</summary>
    public async Task<IReadOnlyList<AlertSummary>> BoardAsync(ClaimsPrincipal user, string? mission, DateTimeOffset now, CancellationToken ct)
    {
        var rows = await Filtered(user, new AlertFilter(Mission: mission, OpenOnly: true))
            .OrderBy(a => a.Severity).ThenBy(a => a.ReceivedAt).Take(500)
            .Select(Summary(db, now)).ToListAsync(ct);
        return [.. rows.OrderByDescending(r => r.Overdue).ThenBy(r => r.Severity).ThenBy(r => r.ReceivedAt)];
    }

    /// <summary>Unacknowledged JOC notifications (overdue alerts) of the missions the user sees, newest first.</summary>
    public async Task<IReadOnlyList<JocNotice>> NotificationsAsync(ClaimsPrincipal user, CancellationToken ct)
    {
        var visible = db.Set<Alert>().Visible(user, db).Select(a => a.Id);
        return await db.Set<JocNotification>().AsNoTracking()
            .Where(n => n.AcknowledgedAt == null && visible.Contains(n.AlertId))
            .OrderByDescending(n => n.CreatedAt).Take(50)
            .Select(n => new JocNotice(n.Id, n.MissionId, n.AlertId, n.Kind, n.CreatedAt))
            .ToListAsync(ct);
    }

    public async Task<AlertDetail?> GetAsync(ClaimsPrincipal user, Guid id, CancellationToken ct)
    {
        var a = await db.Set<Alert>().AsNoTracking().Where(x => x.Id == id).Visible(user, db)
            .Include(x => x.Events).Include(x => x.Responses).ThenInclude(r => r.Units)
            .AsSplitQuery().SingleOrDefaultAsync(ct);
        if (a is null)
        {
            return null;
        }

        var code = await db.Set<Missions.Mission>().Where(m => m.Id == a.MissionId).Select(m => m.Code).SingleAsync(ct);
        var reporter = AlertAccess.SeesReporter(user, code) && (a.ReporterName ?? a.ReporterPhone) is not null ? new ReporterDto(a.ReporterName, a.ReporterPhone) : null;
        return new AlertDetail(
            a.Id, code, a.ReceivedAt, a.RecordedAt, a.Channel, a.ThreatType, a.Severity, a.Status, a.PlaceName, a.Latitude, a.Longitude, a.PrioGridGid,
            a.NearestSiteId, a.NearestSiteName, a.NearestSiteDistanceKm, a.PeopleAtRisk, a.Women, a.Children, a.Displaced, a.Description, a.Language,
            reporter, a.DuplicateOfId, a.TriagedAt, a.DispatchedAt, a.OnSceneAt, a.ClosedAt, a.DispatchDueAt, a.OverdueSince, a.Version,
            Alert.NextStatuses(a.Status),
            [.. a.Events.OrderBy(e => e.Sequence).Select(e => new TimelineEntry(e.At, e.Kind, e.From, e.To, e.Actor, e.Note, e.RelatedAlertId))],
            [.. a.Responses.OrderBy(r => r.DispatchedAt).Select(r => new ResponseDto(r.Id, r.Action, r.DispatchedAt, r.OnSceneAt, r.Outcome, r.Notes, [.. r.Units.Select(u => new ResponseUnitDto(u.UnitId, u.UnitName))]))]);
    }

    private static System.Linq.Expressions.Expression<Func<Alert, AlertSummary>> Summary(BluehelmDbContext db, DateTimeOffset now) =>
        a => new AlertSummary(
            a.Id, db.Set<Missions.Mission>().Where(m => m.Id == a.MissionId).Select(m => m.Code).First(), a.ReceivedAt, a.Channel, a.ThreatType, a.Severity, a.Status,
            a.PlaceName, a.Latitude, a.Longitude, a.PrioGridGid, a.NearestSiteName, a.NearestSiteDistanceKm, a.PeopleAtRisk, a.DispatchDueAt,
            a.OverdueSince != null || ((a.Status == AlertStatus.Received || a.Status == AlertStatus.Triaged) && a.DispatchDueAt < now));

    /// <summary>An opaque page cursor: received time (UTC ticks) and id.</summary>
    internal static class Cursor
    {
        public static string Make(DateTimeOffset at, Guid id) =>
            Convert.ToBase64String(Encoding.ASCII.GetBytes(at.UtcTicks.ToString(CultureInfo.InvariantCulture) + "_" + id.ToString("N"))).TrimEnd('=').Replace('+', '-').Replace('/', '_');

        public static bool TryParse(string? cursor, out DateTimeOffset at, out Guid id)
        {
            at = default;
            id = default;
            if (string.IsNullOrEmpty(cursor) || cursor.Length > 100)
            {
                return false;
            }

            try
            {
                var b64 = cursor.Replace('-', '+').Replace('_', '/');
                b64 += new string('=', (4 - (b64.Length % 4)) % 4);
                var parts = Encoding.ASCII.GetString(Convert.FromBase64String(b64)).Split('_');
                if (parts.Length == 2 && long.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var ticks) && Guid.TryParseExact(parts[1], "N", out id)
                    && ticks >= DateTimeOffset.MinValue.UtcTicks && ticks <= DateTimeOffset.MaxValue.UtcTicks)
                {
                    at = new DateTimeOffset(ticks, TimeSpan.Zero);
                    return true;
                }
            }
            catch (FormatException)
            {
                return false;
            }

            return false;
        }
    }
}
