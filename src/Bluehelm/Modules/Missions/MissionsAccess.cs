using System.Security.Claims;
using Bluehelm.Platform.Identity;

namespace Bluehelm.Modules.Missions;

/// <summary>
/// Who sees a mission's forces (PRODUCT.md, roles): the mission list and its basic facts (names,
/// mandate, the Geo-PKO site list) are open to every signed-in user; units, strength and the
/// detail of a site only to administrators and force generation (every mission) and to the
/// mission's own JOC officers, POC advisers and commanders. A member state sees the units its own
/// country contributes, nothing else of a mission's forces. Training officers, conduct officers
/// and victims' rights advocates see none of it.
/// </summary>
public static class MissionsAccess
{
    private static readonly string[] MissionForceRoles = [Roles.JocOfficer, Roles.PocAdviser, Roles.Commander];

    /// <summary>May see every unit, the strength and the sites' detail of <paramref name="missionCode"/>.</summary>
    public static bool SeesForces(ClaimsPrincipal user, string missionCode) =>
        user.SeesAllMissions() || (MissionForceRoles.Any(user.IsInRole) && user.HasMissionScope(missionCode));

    /// <summary>The member state whose units alone the user may see in the mission, or null when none.</summary>
    public static string? OwnCountryOnly(ClaimsPrincipal user, string missionCode) =>
        !SeesForces(user, missionCode) && user.IsInRole(Roles.MemberState) ? user.MemberStateScope() : null;

    /// <summary>May ask for the units of the mission at all (every one, or those of their own country).</summary>
    public static bool SeesUnits(ClaimsPrincipal user, string missionCode) =>
        SeesForces(user, missionCode) || OwnCountryOnly(user, missionCode) is not null;
}
