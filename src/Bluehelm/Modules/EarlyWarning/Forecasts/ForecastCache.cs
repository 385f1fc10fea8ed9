using Bluehelm.Modules.Missions.Contracts;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Bluehelm.Modules.EarlyWarning.Forecasts;

/// <summary>
/// Keeps each mission's latest run in memory with the data version it was computed from (event count and
/// last event date of the host country), and runs the computations in the background, one at a time per
/// mission: the page and the API never compute while a reader waits, they show the latest run (marked
/// stale when the data have changed since) or say that it is being computed. <see cref="ForecastJob"/>
/// fills it after start and whenever the data change. Alerts are not part of the key (they only enter the
/// features through months that already have events), and a restart recomputes.
/// </summary>
internal sealed partial class ForecastCache(IServiceScopeFactory scopes, TimeProvider time, ILogger<ForecastCache> logger) : IDisposable
{
    private readonly Dictionary<string, Entry> _entries = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, Task> _running = new(StringComparer.OrdinalIgnoreCase);
    private readonly Lock _lock = new();
    private readonly CancellationTokenSource _stopping = new();
    private readonly Dictionary<string, int> _computations = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>A finished run and the data version it was computed from.</summary>
    internal sealed record Entry(ForecastSource.DataVersion Version, ForecastRun Run);

    /// <summary>How many runs of <paramref name="mission"/> were computed since start (each data version once).</summary>
    public int Computations(string mission)
    {
        lock (_lock)
        {
            return _computations.GetValueOrDefault(mission);
        }
    }

    /// <summary>The latest finished run of <paramref name="mission"/>, current or not; null before the first one.</summary>
    public Entry? Latest(string mission)
    {
        lock (_lock)
        {
            return _entries.GetValueOrDefault(mission);
        }
    }

    /// <summary>True while a computation for <paramref name="mission"/> runs.</summary>
    public bool IsRunning(string mission)
    {
        lock (_lock)
        {
            return _running.TryGetValue(mission, out var t) && !t.IsCompleted;
        }
    }

    /// <summary>
    /// Starts a computation for <paramref name="mission"/> unless one runs already, and returns it: the
    /// caller may wait for it (the job) or not (the page, the API). The computation loads the data first and
    /// stops there when the latest run is already of that version, so several requests after one change
    /// compute once.
    /// </summary>
    public Task RefreshAsync(MissionRef mission)
    {
        lock (_lock)
        {
            if (_running.TryGetValue(mission.Code, out var running) && !running.IsCompleted)
            {
                return running;
            }

            // Not tied to any request: a reader who gives up does not waste the work for the next one.
            var task = Task.Run(() => ComputeAsync(mission, _stopping.Token), CancellationToken.None);
            _running[mission.Code] = task;
            return task;
        }
    }

    /// <summary>
    /// What a reader is shown, without waiting for any computation: the latest run (null before the first)
    /// and whether it is of the current data (two counts). When there is none of the current data, a
    /// computation is started unless one runs.
    /// </summary>
    public async Task<(ForecastRun? Run, bool Current)> ShowAsync(MissionRef mission, ForecastSource source, CancellationToken ct)
    {
        var latest = Latest(mission.Code);
        var current = latest is not null && await source.IsCurrentAsync(mission, latest.Version, ct);
        if (!current)
        {
            _ = RefreshAsync(mission);
        }

        return (latest?.Run, current);
    }

    private async Task ComputeAsync(MissionRef mission, CancellationToken ct)
    {
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            var input = await scope.ServiceProvider.GetRequiredService<ForecastSource>().LoadAsync(mission, ct);
            var version = ForecastSource.VersionOf(input);
            if (Latest(mission.Code) is { } latest && latest.Version == version)
            {
                return;
            }

            var started = time.GetTimestamp();
            var run = ForecastRun.Compute(mission.Code, mission.HostCountryIso2, input, time.GetUtcNow(), ct: ct);
            lock (_lock)
            {
                _computations[mission.Code] = _computations.GetValueOrDefault(mission.Code) + 1;
                _entries[mission.Code] = new Entry(version, run);
            }

            LogComputed(logger, mission.Code, version.Count, time.GetElapsedTime(started).TotalSeconds);
        }
        catch (OperationCanceledException) when (ct.IsCancellationRequested)
        {
            // The host is stopping.
        }
#pragma warning disable CA1031 // A failed run (database down, a bug) is logged; the next visit or job round tries again.
        catch (Exception ex)
#pragma warning restore CA1031
        {
            LogFailed(logger, mission.Code, ex);
        }
    }

    public void Dispose()
    {
        _stopping.Cancel();
        _stopping.Dispose();
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Forecast for {Mission} computed from {Events} events in {Seconds:0.0} s")]
    private static partial void LogComputed(ILogger logger, string mission, int events, double seconds);

    [LoggerMessage(Level = LogLevel.Error, Message = "Forecast for {Mission} failed; the next visit or job round tries again")]
    private static partial void LogFailed(ILogger logger, string mission, Exception exception);
}
