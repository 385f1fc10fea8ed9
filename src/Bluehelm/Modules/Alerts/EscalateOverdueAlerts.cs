using Bluehelm.Platform.Data;
using Bluehelm.Platform.Idempotency;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace Bluehelm.Modules.Alerts;

/// <summary>
/// Marks alerts whose dispatch target has passed as overdue, adds an escalation to their timeline
/// and a notification for the mission's JOC. An ordinary handler: the background job, the command
/// line and tests run the same code.
/// </summary>
internal sealed partial class EscalateOverdueAlerts(BluehelmDbContext db, TimeProvider time, ILogger<EscalateOverdueAlerts> logger)
{
    /// <summary>Escalates the overdue alerts, each in its own save; returns how many were escalated.</summary>
    public async Task<int> RunAsync(CancellationToken ct)
    {
        var now = time.GetUtcNow();
        var due = await db.Set<Alert>()
            .Where(a => a.OverdueSince == null).Where(AlertOverdue.At(now))
            .OrderBy(a => a.DispatchDueAt)
            .Take(500)
            .ToListAsync(ct);
        var escalated = 0;
        foreach (var alert in due)
        {
            if (!alert.MarkOverdue(now))
            {
                continue;
            }

            db.Add(new JocNotification { MissionId = alert.MissionId, AlertId = alert.Id, CreatedAt = now, Kind = "overdue" });
            try
            {
                await db.SaveChangesAsync(ct);
                escalated++;
            }
            catch (DbUpdateException e) when (e is DbUpdateConcurrencyException || UniqueKeyViolation.Is(e))
            {
                // An officer acted on it meanwhile (its version changed), or another run escalated it
                // first (one notification per alert): this one alone is dropped, the next run sees its state.
                LogConflict(logger, alert.Id, e);
                foreach (var entry in db.ChangeTracker.Entries().Where(x => x.State != EntityState.Unchanged).ToList())
                {
                    entry.State = EntityState.Detached;
                }
            }
        }

        return escalated;
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Escalation of alert {AlertId} conflicted with another change; retried next run")]
    private static partial void LogConflict(ILogger logger, Guid alertId, Exception exception);
}
