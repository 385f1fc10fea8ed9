namespace Bluehelm.Platform.Identity;

/// <summary>
/// Which mission codes and unit ids exist, for checking a user's scopes. The module that owns
/// missions and units provides it; without one, mission and unit scopes are refused.
/// </summary>
public interface IScopeDirectory
{
    Task<bool> MissionExistsAsync(string code, CancellationToken ct);

    Task<bool> UnitExistsAsync(Guid id, CancellationToken ct);
}
