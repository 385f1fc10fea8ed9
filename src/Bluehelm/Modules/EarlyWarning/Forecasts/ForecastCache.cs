using System.Collections.Concurrent;
using Bluehelm.Modules.Missions.Contracts;

namespace Bluehelm.Modules.EarlyWarning.Forecasts;

/// <summary>
/// Keeps each mission's latest run in memory, keyed by the data version (event count and last event
/// date of the host country): the page, the API and <c>bluehelm forecasts next</c> compute once per
/// version, and a visit while the data are unchanged costs two counts. Alerts are not part of the key
/// (they only enter the features through months that already have events), and a restart recomputes.
/// </summary>
internal sealed class ForecastCache(TimeProvider time)
{
    private readonly ConcurrentDictionary<string, Entry> _entries = new(StringComparer.OrdinalIgnoreCase);
    private readonly SemaphoreSlim _gate = new(1, 1);

    private sealed record Entry(ForecastSource.DataVersion Version, Task<ForecastRun> Run);

    public async Task<ForecastRun> GetAsync(MissionRef mission, ForecastSource source, CancellationToken ct)
    {
        Entry? entry;
        await _gate.WaitAsync(ct);
        try
        {
            if (!_entries.TryGetValue(mission.Code, out entry) || entry.Run.IsFaulted || !await source.IsCurrentAsync(mission, entry.Version, ct))
            {
                var input = await source.LoadAsync(mission, ct);
                var version = new ForecastSource.DataVersion(input.Events.Count, input.Events.Count == 0 ? null : input.Events[^1].Date);
                var now = time.GetUtcNow();
                // Not tied to the request: a reader who gives up does not waste the work for the next one.
                entry = new Entry(version, Task.Run(() => ForecastRun.Compute(mission.Code, mission.HostCountryIso2, input, now), CancellationToken.None));
                _entries[mission.Code] = entry;
            }
        }
        finally
        {
            _gate.Release();
        }

        return await entry.Run.WaitAsync(ct);
    }
}
