using Bluehelm.Modules.Alerts.Contracts;
using Bluehelm.Modules.Incidents.Contracts;
using Bluehelm.Modules.Missions.Contracts;

namespace Bluehelm.Modules.EarlyWarning.Forecasts;

/// <summary>Gathers a mission's forecast input through the other modules' contracts only.</summary>
internal sealed class ForecastSource(IConflictEvents events, IAlertStatistics alerts, IMissionDirectory missions)
{
    /// <summary>What identifies the data a run was computed from: the country's event count and last event date.</summary>
    public readonly record struct DataVersion(int Count, DateOnly? Through);

    /// <summary>The version of the data <paramref name="input"/> holds.</summary>
    public static DataVersion VersionOf(ForecastInput input) =>
        new(input.Events.Count, input.Events.Count == 0 ? null : input.Events.Max(e => e.Date));

    public async Task<ForecastInput> LoadAsync(MissionRef mission, CancellationToken ct)
    {
        var iso = mission.HostCountryIso2;
        var cells = iso is null ? [] : MissionArea.CellsOf(iso);
        if (iso is null || cells.Count == 0)
        {
            return new ForecastInput(cells, [], [], []);
        }

        var points = new List<EventPoint>();
        await foreach (var e in events.PointsAsync(new EventQuery(CountryIso2: iso), ct))
        {
            points.Add(e);
        }

        var sites = await missions.SitesAsync(mission.Id, ct);
        // Alerts began with Bluehelm: every month before that has none, which the model sees as zero.
        var counts = points.Count == 0 ? [] : await alerts.PerCellMonthAsync(mission.Id, points[0].Date, points[^1].Date.AddMonths(1), ct);
        return new ForecastInput(cells, points, counts, sites);
    }

    /// <summary>True when the country's events are still those of <paramref name="version"/> (two counts, no rows read).</summary>
    public async Task<bool> IsCurrentAsync(MissionRef mission, DataVersion version, CancellationToken ct)
    {
        if (mission.HostCountryIso2 is not { } iso)
        {
            return true;
        }

        var count = await events.CountAsync(new EventQuery(CountryIso2: iso), ct);
        if (count != version.Count)
        {
            return false;
        }

        return version.Through is not { } through || await events.CountAsync(new EventQuery(CountryIso2: iso, From: through.AddDays(1)), ct) == 0;
    }
}
