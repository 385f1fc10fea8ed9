using System.Collections.Concurrent;
using Bluehelm.Modules.Missions.Contracts;

namespace Bluehelm.Modules.Missions;

/// <summary>The directory's memory, one per application (a singleton), emptied by every change this process makes.</summary>
internal sealed class MissionDirectoryCache
{
    internal ConcurrentDictionary<Guid, (DateTimeOffset Loaded, IReadOnlyList<SiteRef> Sites)> Sites { get; } = new();

    internal Snapshot? Missions { get; set; }

    public void Invalidate()
    {
        Sites.Clear();
        Missions = null;
    }

    internal sealed class Snapshot(DateTimeOffset loaded, IReadOnlyList<MissionRef> all)
    {
        public DateTimeOffset Loaded { get; } = loaded;

        public IReadOnlyList<MissionRef> All { get; } = all;

        public IReadOnlyDictionary<string, MissionRef> ByCode { get; } = all.ToDictionary(m => m.Code, StringComparer.OrdinalIgnoreCase);

        public IReadOnlyDictionary<Guid, MissionRef> ById { get; } = all.ToDictionary(m => m.Id);
    }
}
