using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Bluehelm.Modules.Alerts;

/// <summary>Runs <see cref="EscalateOverdueAlerts"/> every minute in a fresh scope.</summary>
internal sealed partial class EscalationJob(IServiceScopeFactory scopes, TimeProvider time, ILogger<EscalationJob> logger) : BackgroundService
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
                    LogEscalated(logger, escalated);
                }
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
#pragma warning disable CA1031 // Any failure of one run (database down, a bug) must not stop the web host: the next minute tries again.
            catch (Exception ex)
#pragma warning restore CA1031
            {
                LogFailed(logger, ex);
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Escalated {Count} overdue alerts")]
    private static partial void LogEscalated(ILogger logger, int count);

    [LoggerMessage(Level = LogLevel.Error, Message = "Escalation run failed; retrying next minute")]
    private static partial void LogFailed(ILogger logger, Exception exception);
}
