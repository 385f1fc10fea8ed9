using System.Globalization;
using System.Security.Claims;
using Bluehelm.Modules.Conduct.Data;
using Bluehelm.Modules.Conduct.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Bluehelm.Modules.Conduct.Deadlines;

/// <summary>
/// The case board of a conduct officer: the open live cases of their missions
/// (<see cref="CaseAccess.Visible"/>), by stage, each with its deadlines computed for today
/// (<see cref="CaseDeadlines"/>, not the job's stored flags, which may be up to one interval old).
/// Every read is a line in the Conduct audit trail.
/// </summary>
internal sealed class CaseBoardQuery(ConductDbContext db, IOptions<ConductOptions> options, TimeProvider time)
{
    public const string AuditEntity = "ConductBoard";

    public async Task<ConductBoard> ReadAsync(ClaimsPrincipal user, BoardFilter filter, CancellationToken ct)
    {
        var today = DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime);
        var open = CaseAccess.Visible(db.Set<ConductCase>().AsNoTracking(), user)
            .Where(c => c.Source == CaseSource.Live && c.Stage != CaseStage.Closed);
        var missions = await open.Select(c => c.MissionCode).Distinct().ToListAsync(ct);
        missions.Sort(StringComparer.Ordinal);
        var mission = missions.FirstOrDefault(m => string.Equals(m, filter.Mission?.Trim(), StringComparison.OrdinalIgnoreCase));
        if (mission is not null)
        {
            open = open.Where(c => c.MissionCode == mission);
        }
        else if (!string.IsNullOrWhiteSpace(filter.Mission))
        {
            // A mission the reader has no open case of (or may not see): an empty board, nothing said about it.
            open = open.Where(_ => false);
        }

        var cases = await open.Include(c => c.Pauses).AsSplitQuery().ToListAsync(ct);
        var settings = options.Value;
        var rows = cases.Select(c => Row(c, CaseDeadlines.For(c, settings, today))).ToList();

        var stages = BoardFilter.OpenStages.Select(stage =>
        {
            var at = rows.Where(r => r.Stage == stage).ToList();
            var shown = filter.Stage is { } only && only != stage ? [] : at.Where(r => !filter.OverdueOnly || r.Overdue)
                .OrderByDescending(r => r.Overdue)
                .ThenBy(r => NearestDue(r) ?? DateOnly.MaxValue)
                .ThenBy(r => r.ReportedOn)
                .ThenBy(r => r.Reference, StringComparer.Ordinal)
                .ToList();
            return new BoardStage(stage, at.Count, at.Count(r => r.Overdue), shown);
        }).ToList();

        var board = new ConductBoard(today, rows.Count, rows.Count(r => r.Overdue), missions, stages);
        db.RecordRead(AuditEntity, null, Describe(mission, filter, stages.Sum(s => s.Cases.Count)));
        await db.SaveChangesAsync(ct);
        return board;
    }

    private static BoardCase Row(ConductCase c, CaseDeadline d) => new(
        c.Id, c.Reference, c.MissionCode, c.Stage, c.Urgent, c.ReportedOn,
        d.InvestigationDue, d.InvestigationDaysLeft, d.Paused, d.ReferralDue, d.ReferralWorkingDaysLeft, d.AnyOverdue);

    private static DateOnly? NearestDue(BoardCase r) =>
        (r.InvestigationDue, r.ReferralDue) switch
        {
            ({ } i, { } f) => i < f ? i : f,
            ({ } i, null) => i,
            (null, var f) => f,
        };

    /// <summary>The filters and how many cases were shown: codes and counts only (a mission code the reader typed is kept only when it is one of theirs).</summary>
    private static string Describe(string? mission, BoardFilter filter, int shown)
    {
        var parts = new List<string> { "board" };
        if (mission is not null)
        {
            parts.Add("mission=" + mission);
        }

        if (filter.Stage is { } s)
        {
            parts.Add("stage=" + BoardFilter.Kebab(s));
        }

        if (filter.OverdueOnly)
        {
            parts.Add("overdue-only");
        }

        parts.Add("cases=" + shown.ToString(CultureInfo.InvariantCulture));
        return string.Join("; ", parts);
    }
}
