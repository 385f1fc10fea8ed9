using Bluehelm.Modules.Conduct.Data;
using Bluehelm.Modules.Conduct.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Bluehelm.Modules.Conduct.Deadlines;

/// <summary>What one run of <see cref="FlagOverdueCases"/> found.</summary>
/// <param name="Checked">Live cases looked at (the open ones, and closed ones still flagged).</param>
/// <param name="Changed">Cases whose stored deadlines or flags changed, and were saved.</param>
/// <param name="InvestigationsOverdue">Open cases whose investigation is past its deadline.</param>
/// <param name="ReferralsOverdue">Open cases whose member state has not answered within the working days allowed.</param>
/// <param name="Conflicts">Cases changed by someone else during the run: left for the next run.</param>
internal sealed record FlagOverdueResult(int Checked, int Changed, int InvestigationsOverdue, int ReferralsOverdue, int Conflicts);

/// <summary>
/// Stores each live case's deadlines as of today (<see cref="CaseDeadlines"/>): the investigation's
/// and the referral's due days, and whether either is past. The board computes its own figures when
/// it is drawn; these stored ones are for sorting, queries and other parts. An ordinary handler: the
/// deadline job, the command line and tests run the same code. Only rows that change are written,
/// and the case's <see cref="ConductCase.Version"/> is left alone, so an officer's open form is never
/// made stale by the job.
/// </summary>
internal sealed partial class FlagOverdueCases(ConductDbContext db, IOptions<ConductOptions> options, TimeProvider time, ILogger<FlagOverdueCases> logger)
{
    public async Task<FlagOverdueResult> RunAsync(CancellationToken ct)
    {
        var today = DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime);
        var settings = options.Value;
        var cases = await db.Set<ConductCase>()
            .Where(c => c.Source == CaseSource.Live && (c.Stage != CaseStage.Closed || c.InvestigationOverdue || c.ReferralOverdue))
            .Include(c => c.Pauses)
            .AsSplitQuery()
            .OrderBy(c => c.Id)
            .ToListAsync(ct);

        int changed = 0, investigations = 0, referrals = 0, conflicts = 0;
        foreach (var c in cases)
        {
            var d = CaseDeadlines.For(c, settings, today);
            investigations += d.InvestigationOverdue ? 1 : 0;
            referrals += d.ReferralOverdue ? 1 : 0;
            if (c.InvestigationDueOn == d.InvestigationDue && c.ReferralDueOn == d.ReferralDue
                && c.InvestigationOverdue == d.InvestigationOverdue && c.ReferralOverdue == d.ReferralOverdue)
            {
                continue;
            }

            c.InvestigationDueOn = d.InvestigationDue;
            c.ReferralDueOn = d.ReferralDue;
            c.InvestigationOverdue = d.InvestigationOverdue;
            c.ReferralOverdue = d.ReferralOverdue;
            try
            {
                // One save per changed case: a conflict on one (an officer saved it meanwhile) loses no other.
                await db.SaveChangesAsync(ct);
                changed++;
            }
            catch (DbUpdateConcurrencyException e)
            {
                conflicts++;
                LogConflict(logger, e);
                foreach (var entry in db.ChangeTracker.Entries().Where(x => x.State != EntityState.Unchanged).ToList())
                {
                    entry.State = EntityState.Detached;
                }
            }
        }

        var result = new FlagOverdueResult(cases.Count, changed, investigations, referrals, conflicts);
        if (changed > 0)
        {
            LogRun(logger, result.Checked, result.Changed, result.InvestigationsOverdue, result.ReferralsOverdue);
        }
        else
        {
            LogQuiet(logger, result.Checked);
        }

        return result;
    }

    // Counts only: a reference names a mission and a case, and nothing of a case goes to a log.
    [LoggerMessage(Level = LogLevel.Information, Message = "Conduct deadlines: {Checked} cases checked, {Changed} updated, {Investigations} investigations and {Referrals} referrals overdue")]
    private static partial void LogRun(ILogger logger, int @checked, int changed, int investigations, int referrals);

    [LoggerMessage(Level = LogLevel.Debug, Message = "Conduct deadlines: {Checked} cases checked, none changed")]
    private static partial void LogQuiet(ILogger logger, int @checked);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Conduct deadlines: a case changed during the run; it is checked again next run")]
    private static partial void LogConflict(ILogger logger, Exception exception);
}
