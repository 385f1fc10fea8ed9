using Bluehelm.Platform.Data;
using Microsoft.EntityFrameworkCore;

namespace Bluehelm.Modules.Alerts;

/// <summary>Dispatch targets change rarely and are read for every alert: kept in memory per mission (a singleton).</summary>
internal sealed class ResponseTargetCache
{
    private readonly System.Collections.Concurrent.ConcurrentDictionary<Guid, IReadOnlyDictionary<Severity, int>> _byMission = new();

    public async Task<int> MinutesAsync(BluehelmDbContext db, Guid missionId, Severity severity, CancellationToken ct)
    {
        if (!_byMission.TryGetValue(missionId, out var set))
        {
            set = await db.Set<ResponseTarget>().AsNoTracking().Where(t => t.MissionId == missionId).ToDictionaryAsync(t => t.Severity, t => t.DispatchWithinMinutes, ct);
            _byMission[missionId] = set;
        }

        return set.TryGetValue(severity, out var minutes) ? minutes : ResponseTarget.DefaultMinutes(severity);
    }

    public void Forget(Guid missionId) => _byMission.TryRemove(missionId, out _);
}
