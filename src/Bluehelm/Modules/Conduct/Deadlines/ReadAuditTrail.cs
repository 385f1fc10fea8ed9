using System.Globalization;
using System.Security.Claims;
using Bluehelm.Modules.Conduct.Data;
using Bluehelm.Modules.Conduct.Domain;
using Microsoft.EntityFrameworkCore;

namespace Bluehelm.Modules.Conduct.Deadlines;

/// <summary>
/// Reads the Conduct audit trail (<c>conduct_audit_entries</c>, in the Conduct database: none of it
/// is in the platform's trail). Admins read all of it; a conduct officer reads the lines about the
/// cases of their missions (<see cref="CaseAccess.SeesAudit"/>): the case itself and its records
/// (allegations, subjects, victims, measures, actions, pauses, assistance). One case the reader may
/// not see answers as if it did not exist. Reading the trail is itself a line of it.
/// </summary>
internal sealed class ReadAuditTrail(ConductDbContext db)
{
    public const string AuditEntity = "ConductAuditTrail";

    /// <summary>The page, or null when <see cref="AuditTrailFilter.Case"/> names a case the reader may not see (404).</summary>
    public async Task<ConductAuditPage?> ReadAsync(ClaimsPrincipal user, AuditTrailFilter filter, CancellationToken ct)
    {
        List<Guid>? caseIds = null;
        if (filter.Case is { } one)
        {
            var found = await CaseAccess.Visible(db.Set<ConductCase>().AsNoTracking(), user)
                .Where(c => c.Id == one).Select(c => new { c.Id, c.MissionCode }).FirstOrDefaultAsync(ct);
            if (found is null || !CaseAccess.SeesAudit(user, found.MissionCode))
            {
                return null;
            }

            caseIds = [found.Id];
        }
        else if (!user.IsInRole(Bluehelm.Platform.Identity.Roles.Admin))
        {
            var visible = await CaseAccess.Visible(db.Set<ConductCase>().AsNoTracking(), user)
                .Select(c => new { c.Id, c.MissionCode }).ToListAsync(ct);
            caseIds = [.. visible.Where(c => CaseAccess.SeesAudit(user, c.MissionCode)).Select(c => c.Id)];
        }

        var q = db.AuditEntries.AsNoTracking();
        if (caseIds is not null)
        {
            // Lines name a case by its id, or one of its records by the record's id (ids are UUIDv7, unique across tables).
            var keys = caseIds.Select(Key).Concat((await ChildIdsAsync(caseIds, ct)).Select(Key)).ToList();
            q = q.Where(a => a.EntityId != null && keys.Contains(a.EntityId));
        }

        if (filter.From is { } from)
        {
            q = q.Where(a => a.At >= from);
        }

        if (filter.To is { } to)
        {
            q = q.Where(a => a.At < to);
        }

        if (filter.Before is { } before)
        {
            q = q.Where(a => a.Id.CompareTo(before) < 0);
        }

        var limit = Math.Clamp(filter.Limit, 1, AuditTrailFilter.MaxLimit);
        var rows = await q.OrderByDescending(a => a.Id).Take(limit + 1).ToListAsync(ct);
        var next = rows.Count > limit ? rows[limit - 1].Id : (Guid?)null;
        rows = [.. rows.Take(limit)];
        var cases = await CasesOfAsync(rows.Select(r => r.EntityId), ct);
        var items = rows.Select(a =>
        {
            var c = a.EntityId is { } id && cases.TryGetValue(id, out var found) ? found : default;
            return new ConductAuditLine(a.Id, a.At, a.Actor, a.Action, a.EntityType, a.EntityId, a.Details, a.Origin, c.Id == Guid.Empty ? null : c.Id, c.Reference);
        }).ToList();

        db.RecordRead(AuditEntity, filter.Case is { } read ? Key(read) : null, "trail; entries=" + items.Count.ToString(CultureInfo.InvariantCulture));
        await db.SaveChangesAsync(ct);
        return new ConductAuditPage(items, next);
    }

    /// <summary>A case's reference (for a case already found visible by <see cref="ReadAsync"/>).</summary>
    public Task<string?> ReferenceAsync(Guid id, CancellationToken ct) =>
        db.Set<ConductCase>().AsNoTracking().Where(c => c.Id == id).Select(c => c.Reference).FirstOrDefaultAsync(ct);

    private static string Key(Guid id) => id.ToString("D", CultureInfo.InvariantCulture);

    private async Task<List<Guid>> ChildIdsAsync(List<Guid> caseIds, CancellationToken ct) =>
        caseIds.Count == 0 ? [] : [.. (await OwnedAsync(caseIds, null, ct)).Select(o => o.Id)];

    /// <summary>The case each entity id belongs to (a case's own id, or one of its records'), with its reference.</summary>
    private async Task<Dictionary<string, (Guid Id, string? Reference)>> CasesOfAsync(IEnumerable<string?> entityIds, CancellationToken ct)
    {
        var ids = entityIds.Select(e => Guid.TryParse(e, CultureInfo.InvariantCulture, out var g) ? g : Guid.Empty).Where(g => g != Guid.Empty).Distinct().ToList();
        if (ids.Count == 0)
        {
            return new(StringComparer.Ordinal);
        }

        var caseOf = (await OwnedAsync(null, ids, ct)).ToDictionary(o => o.Id, o => o.CaseId);
        foreach (var id in ids.Where(i => !caseOf.ContainsKey(i)))
        {
            caseOf[id] = id;
        }

        var wanted = caseOf.Values.Distinct().ToList();
        var references = await db.Set<ConductCase>().AsNoTracking().Where(c => wanted.Contains(c.Id))
            .Select(c => new { c.Id, c.Reference }).ToDictionaryAsync(c => c.Id, c => c.Reference, ct);
        return caseOf.Where(p => references.ContainsKey(p.Value))
            .ToDictionary(p => Key(p.Key), p => (p.Value, (string?)references[p.Value]), StringComparer.Ordinal);
    }

    /// <summary>The records that belong to a case, as (their id, their case): those of <paramref name="caseIds"/>, or those with <paramref name="ids"/>.</summary>
    private async Task<List<(Guid Id, Guid CaseId)>> OwnedAsync(List<Guid>? caseIds, List<Guid>? ids, CancellationToken ct)
    {
        // One UNION ALL over the case's record tables; anonymous projections so the database does the union.
        var all = db.Set<CaseAllegation>().Select(x => new { x.Id, x.CaseId })
            .Concat(db.Set<CaseSubject>().Select(x => new { x.Id, x.CaseId }))
            .Concat(db.Set<CaseVictim>().Select(x => new { x.Id, x.CaseId }))
            .Concat(db.Set<CaseMeasure>().Select(x => new { x.Id, x.CaseId }))
            .Concat(db.Set<CaseAction>().Select(x => new { x.Id, x.CaseId }))
            .Concat(db.Set<InvestigationPause>().Select(x => new { x.Id, x.CaseId }))
            .Concat(db.Set<VictimAssistance>().Select(x => new { x.Id, x.CaseId }));
        if (caseIds is not null)
        {
            all = all.Where(x => caseIds.Contains(x.CaseId));
        }

        if (ids is not null)
        {
            all = all.Where(x => ids.Contains(x.Id));
        }

        return [.. (await all.ToListAsync(ct)).Select(x => (x.Id, x.CaseId))];
    }
}
