namespace Bluehelm.Modules.Incidents.Contracts;

/// <summary>
/// What other modules (Early warning's hotspots and forecasts, Performance) may read of the event
/// store: imported and verified events together. They never read the Incidents module's tables.
/// </summary>
public interface IConflictEvents
{
    /// <summary>The events matching <paramref name="query"/>, ordered by date then id, streamed (a million rows never sit in one list here).</summary>
    IAsyncEnumerable<EventPoint> PointsAsync(EventQuery query, CancellationToken ct);

    /// <summary>How many events match.</summary>
    Task<int> CountAsync(EventQuery query, CancellationToken ct);
}
