using Bluehelm.Platform.Audit;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Bluehelm.Modules.Conduct.Deadlines;

/// <summary>
/// Runs <see cref="FlagOverdueCases"/> at start and then every <see cref="ConductOptions.DeadlineCheckInterval"/>,
/// each run in a fresh scope acting as the system (its changes are audited as such).
/// </summary>
internal sealed partial class DeadlineJob(IServiceScopeFactory scopes, IOptions<ConductOptions> options, TimeProvider time, ILogger<DeadlineJob> logger) : BackgroundService
{
    public const string Origin = "conduct-deadline-job";

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var every = options.Value.DeadlineCheckInterval > TimeSpan.Zero ? options.Value.DeadlineCheckInterval : TimeSpan.FromMinutes(15);
        using var timer = new PeriodicTimer(every, time);
        do
        {
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                var audit = scope.ServiceProvider.GetRequiredService<AuditContext>();
                audit.UserId = null;
                audit.Actor = "system";
                audit.Origin = Origin;
                await scope.ServiceProvider.GetRequiredService<FlagOverdueCases>().RunAsync(stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
#pragma warning disable CA1031 // Any failure of one run (database down, a bug) must not stop the web host: the next run tries again.
            catch (Exception ex)
#pragma warning restore CA1031
            {
                LogFailed(logger, ex);
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Conduct deadline run failed; retrying at the next interval")]
    private static partial void LogFailed(ILogger logger, Exception exception);
}
