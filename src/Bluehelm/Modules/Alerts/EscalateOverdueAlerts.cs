using Bluehelm.Platform.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Bluehelm.Modules.Alerts;

/// <summary>
/// Marks alerts whose dispatch target has passed as overdue, adds an escalation to their timeline
/// and a notification for the mission's JOC. An ordinary handler: the background job and tests
/// run the same code.
/// </summary>
internal sealed class EscalateOverdueAlerts(BluehelmDbContext db, TimeProvider time)
{
    public async Task<int> RunAsync(CancellationToken ct)
    {
        var now = time.GetUtcNow();
        var due = await db.Set<Alert>()
            .Where(a => a.OverdueSince == null && a.DispatchDueAt <= now && (a.Status == AlertStatus.Received || a.Status == AlertStatus.Triaged))
            .OrderBy(a => a.DispatchDueAt)
            .Take(500)
            .ToListAsync(ct);
        foreach (var alert in due)
        {
            if (alert.MarkOverdue(now))
            {
                db.Add(new JocNotification { MissionId = alert.MissionId, AlertId = alert.Id, CreatedAt = now, Kind = "overdue" });
            }
        }

        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException)
        {
            // An officer acted on one of them meanwhile (version changed), or another run escalated
            // it first (the unique notification per alert): the next run sees the new state.
            return 0;
        }

        return due.Count;
    }
}

/// <summary>Runs <see cref="EscalateOverdueAlerts"/> every minute in a fresh scope.</summary>
internal sealed class EscalationJob(IServiceScopeFactory scopes, TimeProvider time, ILogger<EscalationJob> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(TimeSpan.FromMinutes(1), time);
        do
        {
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                var escalated = await scope.ServiceProvider.GetRequiredService<EscalateOverdueAlerts>().RunAsync(stoppingToken);
                if (escalated > 0)
                {
                    logger.LogInformation("Escalated {Count} overdue alerts", escalated);
                }
            }
            catch (Exception ex) when (ex is DbUpdateException or InvalidOperationException or System.Data.Common.DbException)
            {
                logger.LogWarning(ex, "Escalation run failed; retrying next minute");
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }
}
