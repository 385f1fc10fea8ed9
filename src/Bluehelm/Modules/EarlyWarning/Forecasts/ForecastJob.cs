using Bluehelm.Modules.Missions.Contracts;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Bluehelm.Modules.EarlyWarning.Forecasts;

/// <summary>Settings <c>Bluehelm:Forecasts:*</c> of the background computation.</summary>
internal sealed class ForecastJobOptions
{
    public const string Section = "Bluehelm:Forecasts";

    /// <summary>Whether the web host computes forecasts in the background (default: yes, except in the Testing environment, where a test asks for it).</summary>
    public bool? Background { get; set; }

    /// <summary>Wait after start before the first round, so that start-up and the first pages go first.</summary>
    public TimeSpan StartDelay { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>How often the data versions are checked (two counts per mission).</summary>
    public TimeSpan CheckEvery { get; set; } = TimeSpan.FromMinutes(3);
}

/// <summary>
/// Computes the forecast and its evaluation of every current mission with a host country shortly after
/// start, then again whenever a mission's data version changes (checked every few minutes with two counts),
/// one mission after the other, into <see cref="ForecastCache"/>. Web host only.
/// </summary>
internal sealed partial class ForecastJob(IServiceScopeFactory scopes, ForecastCache cache, TimeProvider time, IOptions<ForecastJobOptions> options, ILogger<ForecastJob> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var o = options.Value;
        if (o.Background != true)
        {
            return;
        }

        try
        {
            await Task.Delay(o.StartDelay, time, stoppingToken);
            using var timer = new PeriodicTimer(o.CheckEvery, time);
            do
            {
                try
                {
                    await RefreshAllAsync(stoppingToken);
                }
                catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
                {
                    return;
                }
#pragma warning disable CA1031 // A failed round (database down) must not stop the web host: the next round tries again.
                catch (Exception ex)
#pragma warning restore CA1031
                {
                    LogFailed(logger, ex);
                }
            }
            while (await timer.WaitForNextTickAsync(stoppingToken));
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // The host is stopping.
        }
    }

    /// <summary>One round: every current mission with a host country whose latest run is missing or of older data is recomputed.</summary>
    internal async Task RefreshAllAsync(CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var source = scope.ServiceProvider.GetRequiredService<ForecastSource>();
        var missions = await scope.ServiceProvider.GetRequiredService<IMissionDirectory>().AllAsync(ct);
        foreach (var m in missions.Where(m => m.Current && m.HostCountryIso2 is not null))
        {
            if (cache.Latest(m.Code) is { } latest && await source.IsCurrentAsync(m, latest.Version, ct))
            {
                continue;
            }

            await cache.RefreshAsync(m).WaitAsync(ct);
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Forecast round failed; retrying at the next check")]
    private static partial void LogFailed(ILogger logger, Exception exception);
}
