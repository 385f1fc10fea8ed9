namespace Bluehelm.Modules.Missions.Contracts;

/// <summary>
/// What other modules may know of missions, sites and units. They never read the Missions
/// module's tables; they ask this. Answers may be up to <see cref="MaxStaleness"/> old when the
/// data was changed by another process (a command-line import); changes made through this
/// process are seen at once.
/// </summary>
public interface IMissionDirectory
{
    /// <summary>How old a cached answer may be.</summary>
    static TimeSpan MaxStaleness { get; } = TimeSpan.FromMinutes(1);

    /// <summary>The mission with this code (any case), or null.</summary>
    Task<MissionRef?> FindAsync(string code, CancellationToken ct);

    /// <summary>The mission with this id, or null.</summary>
    Task<MissionRef?> FindAsync(Guid id, CancellationToken ct);

    /// <summary>Every mission, ordered by code.</summary>
    Task<IReadOnlyList<MissionRef>> AllAsync(CancellationToken ct);

    /// <summary>The ids of the missions with these codes; unknown codes are left out.</summary>
    Task<IReadOnlyList<Guid>> IdsAsync(IEnumerable<string> codes, CancellationToken ct);

    /// <summary>
    /// The mission with this code, added to the mission list when it is not there yet (a data set
    /// names a mission Bluehelm lacks, such as a special political mission): with its known name
    /// when the Missions module knows it, else with its code as its name and not current. Safe to
    /// call twice, or from two processes at once.
    /// </summary>
    Task<MissionRef> EnsureAsync(string code, CancellationToken ct);

    /// <summary>Every deployment site the mission ever had.</summary>
    Task<IReadOnlyList<SiteRef>> SitesAsync(Guid missionId, CancellationToken ct);

    /// <summary>The nearest site in use in the latest year of data, or null when the mission has none.</summary>
    Task<NearestSite?> NearestSiteAsync(Guid missionId, double latitude, double longitude, CancellationToken ct);

    /// <summary>The units of a mission, by name, each with its type, strength and site (when known).</summary>
    Task<IReadOnlyList<UnitRef>> UnitsAsync(Guid missionId, CancellationToken ct);

    /// <summary>The units with these ids (any mission); unknown ids are left out.</summary>
    Task<IReadOnlyList<UnitRef>> UnitsAsync(IEnumerable<Guid> ids, CancellationToken ct);
}
