using System.Security.Claims;
using Bluehelm.Modules.Conduct.Data;
using Bluehelm.Modules.Conduct.Deadlines;
using Bluehelm.Modules.Conduct.Domain;
using Bluehelm.Platform.Audit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Bluehelm.Modules.Conduct.Cases;

/// <summary>
/// The reads of cases, every one shaped by <see cref="CaseAccess"/> and every one audited: a list as
/// one line with its filter, a case as one line of its own, its trail as one more.
/// </summary>
internal sealed class CaseQueries(ConductDbContext db, TimeProvider time, IOptions<ConductOptions> options)
{
    public const int PageSize = 50;
    public const string Entity = nameof(ConductCase);

    private DateOnly Today => DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime);

    public async Task<CasePage> ListAsync(ClaimsPrincipal user, CaseFilter filter, CancellationToken ct)
    {
        var source = filter.History ? CaseSource.PublicTable : CaseSource.Live;
        var query = CaseAccess.Visible(db.Set<ConductCase>().AsNoTracking(), user).Where(c => c.Source == source);
        if (filter.Stage is { } stage)
        {
            query = query.Where(c => c.Stage == stage);
        }

        if (filter.Mission is { Length: > 0 } mission)
        {
            var code = mission.Trim().ToUpperInvariant();
            query = query.Where(c => c.MissionCode == code);
        }

        if (filter.Year is { } year)
        {
            query = query.Where(c => c.ReportedYear == year);
        }

        var page = Math.Max(1, filter.Page);
        var total = await query.CountAsync(ct);
        var rows = await query.OrderByDescending(c => c.ReportedOn).ThenByDescending(c => c.Id)
            .Skip((page - 1) * PageSize).Take(PageSize).Include(c => c.Pauses).AsSplitQuery().ToListAsync(ct);
        db.RecordRead(Entity, null, "list: " + filter.Describe() + "; shown=" + rows.Count.ToString(System.Globalization.CultureInfo.InvariantCulture));
        await db.SaveChangesAsync(ct);

        var memberState = CaseAccess.IsMemberStateView(user);
        var items = rows.Select(c =>
        {
            var d = CaseDeadlines.For(c, options.Value, Today);
            return new CaseSummary(c.Id, c.Reference, c.MissionCode, c.Source, c.Stage, c.ReportedOn, c.ReportedPrecision,
                memberState ? null : c.Urgent, d.InvestigationDue, d.ReferralDue, d.AnyOverdue);
        }).ToList();
        return new CasePage(items, page, PageSize, total);
    }

    /// <summary>The case as the user may see it, or null (not found and not visible read alike).</summary>
    public async Task<CaseDetail?> GetAsync(ClaimsPrincipal user, Guid id, CancellationToken ct)
    {
        var c = await LoadAsync(user, id, ct);
        if (c is null)
        {
            return null;
        }

        db.RecordRead(Entity, c.Id.ToString(), "detail");
        await db.SaveChangesAsync(ct);
        return Shape(user, c);
    }

    /// <summary>The case's trail (its own lines and its records'), for admins and the mission's conduct officers; null when not theirs.</summary>
    public async Task<IReadOnlyList<CaseAuditLine>?> AuditAsync(ClaimsPrincipal user, Guid id, CancellationToken ct)
    {
        var c = await LoadAsync(user, id, ct);
        if (c is null || !CaseAccess.SeesAudit(user, c.MissionCode))
        {
            return null;
        }

        var ids = new List<string> { c.Id.ToString() };
        ids.AddRange(c.Subjects.Select(x => x.Id.ToString()));
        ids.AddRange(c.Victims.Select(x => x.Id.ToString()));
        ids.AddRange(c.Allegations.Select(x => x.Id.ToString()));
        ids.AddRange(c.Measures.Select(x => x.Id.ToString()));
        ids.AddRange(c.Actions.Select(x => x.Id.ToString()));
        ids.AddRange(c.Pauses.Select(x => x.Id.ToString()));
        var lines = await db.Set<AuditEntry>().AsNoTracking().Where(a => a.EntityId != null && ids.Contains(a.EntityId))
            .OrderByDescending(a => a.At).ThenByDescending(a => a.Id).Take(500)
            .Select(a => new CaseAuditLine(a.At, a.Actor, a.Action, a.EntityType, a.EntityId, a.Details)).ToListAsync(ct);
        db.RecordRead(Entity, c.Id.ToString(), "audit trail");
        await db.SaveChangesAsync(ct);
        return lines;
    }

    /// <summary>The reference of a case just recorded (no read of its content).</summary>
    public Task<string> ReferenceAsync(Guid id, CancellationToken ct) =>
        db.Set<ConductCase>().AsNoTracking().Where(c => c.Id == id).Select(c => c.Reference).SingleAsync(ct);

    private Task<ConductCase?> LoadAsync(ClaimsPrincipal user, Guid id, CancellationToken ct) =>
        CaseAccess.Visible(db.Set<ConductCase>().AsNoTracking(), user).Where(c => c.Id == id)
            .Include(x => x.Subjects).Include(x => x.Victims).Include(x => x.Allegations).Include(x => x.Pauses)
            .Include(x => x.Measures).Include(x => x.Actions)
            .AsSplitQuery().SingleOrDefaultAsync(ct);

    private CaseDetail Shape(ClaimsPrincipal user, ConductCase c)
    {
        var d = CaseDeadlines.For(c, options.Value, Today);
        var memberState = CaseAccess.IsMemberStateView(user);
        var investigation = CaseAccess.SeesInvestigation(user, c.MissionCode);
        var victims = !memberState && CaseAccess.SeesVictims(user, c.MissionCode);
        var facts = memberState ? null : new CaseFacts(
            c.Urgent, c.HowReported, c.IncidentFrom, c.IncidentFromPrecision, c.IncidentTo, c.IncidentToPrecision,
            [.. c.Allegations.OrderBy(a => a.Id).Select(a => new AllegationView(a.Id, a.Category, a.Type, a.SourceText))],
            c.PaternityClaimed, c.PaternityEstablished, c.NarrativeSealed is not null, c.ReporterSealed is not null);
        var inv = !investigation ? null : new InvestigationView(
            c.InvestigatingEntity, c.Finding, c.FindingText, c.InvestigationDays, c.CriminalReferral, c.ClosureNote,
            [.. c.Subjects.OrderBy(s => s.Id).Select(s => new SubjectView(s.Id, s.Count, s.Category, s.NationalityIso2 ?? s.NationalityText, s.Unit, s.IdentitySealed is not null))],
            [.. c.Measures.OrderBy(m => m.Id).Select(m => new MeasureView(m.Id, m.By, m.Kind, m.Count, m.On))],
            [.. c.Actions.OrderBy(a => a.Id).Select(a => new ActionView(a.Id, a.By, a.Kind, a.Count, a.On))],
            [.. c.Pauses.OrderBy(p => p.From).Select(p => new PauseView(p.Id, p.From, p.To, p.Reason))]);
        var live = c.Source == CaseSource.Live;
        var permissions = new CasePermissions(
            live && CaseAccess.MayManage(user, c.MissionCode),
            CaseAccess.MayReveal(user, c.MissionCode, SealedPart.Victim),
            CaseAccess.MayReveal(user, c.MissionCode, SealedPart.Subject),
            CaseAccess.MayReveal(user, c.MissionCode, SealedPart.Narrative),
            CaseAccess.SeesAudit(user, c.MissionCode));
        return new CaseDetail(
            c.Id, c.Reference, c.MissionCode, c.Source, c.Stage, c.Version, c.ReportedOn, c.ReportedPrecision,
            c.ReferredOn, d.ReferralDue ?? c.ReferralDueOn, d.ReferralWorkingDaysLeft, c.MemberStateAnsweredOn, c.NioAppointed,
            c.InvestigationStartedOn, c.InvestigationCompletedOn, d.InvestigationDue ?? c.InvestigationDueOn, d.InvestigationDaysLeft, d.Paused, c.ClosedOn,
            Requests(c), [.. c.Actions.Where(a => a.By == ActionBy.MemberState).OrderBy(a => a.Id).Select(a => new ActionView(a.Id, a.By, a.Kind, a.Count, a.On))],
            facts,
            victims ? [.. c.Victims.OrderBy(v => v.Id).Select(v => new VictimView(v.Id, v.Count, v.AgeGroup, v.Sex, v.IdentitySealed is not null))] : null,
            inv, permissions);
    }

    /// <summary>What the UN asks of the member state on this case, as codes (<c>request.&lt;code&gt;</c> in CasesText).</summary>
    private static List<string> Requests(ConductCase c)
    {
        var requests = new List<string>();
        if (c.Stage == CaseStage.Closed || c.Source != CaseSource.Live)
        {
            return requests;
        }

        if (c.ReferredOn is not null && c.MemberStateAnsweredOn is null)
        {
            requests.Add("answer-referral");
        }

        if (c.Stage == CaseStage.Investigation && c.InvestigatingEntity is InvestigatingEntity.MemberState or InvestigatingEntity.Joint)
        {
            requests.Add("investigate");
        }

        if (c.Finding == Finding.Substantiated && !c.Actions.Any(a => a.By == ActionBy.MemberState))
        {
            requests.Add("report-actions");
        }

        return requests;
    }
}
