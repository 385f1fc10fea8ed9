using System.Security.Claims;
using Bluehelm.Platform.Identity;

namespace Bluehelm.Modules.EarlyWarning.Warnings;

/// <summary>
/// Who may do what with warnings: administrators and the mission's staff read them (anonymous readers only
/// public issued ones, in the feed and as CAP); the mission's POC advisers draft, approve, update and cancel
/// them (never approving their own text); JOC officers, POC advisers and administrators take in CAP from
/// other systems, and the mission's JOC officers (or an administrator) turn one into an alert.
/// </summary>
internal static class WarningAccess
{
    public static bool MayRead(ClaimsPrincipal user, string missionCode) =>
        user.IsInRole(Roles.Admin) || (user.Identity?.IsAuthenticated == true && user.HasMissionScope(missionCode)
            && (user.IsInRole(Roles.JocOfficer) || user.IsInRole(Roles.PocAdviser) || user.IsInRole(Roles.Commander)));

    public static bool MayWarn(ClaimsPrincipal user, string missionCode) => user.IsInRole(Roles.PocAdviser) && user.HasMissionScope(missionCode);

    public static bool MayRaiseAlert(ClaimsPrincipal user, string missionCode) =>
        user.IsInRole(Roles.Admin) || (user.IsInRole(Roles.JocOfficer) && user.HasMissionScope(missionCode));

    /// <summary>The mission codes whose warnings <paramref name="user"/> reads; null for all (administrators).</summary>
    public static IReadOnlyList<string>? Missions(ClaimsPrincipal user) =>
        user.IsInRole(Roles.Admin) ? null
        : user.Identity?.IsAuthenticated == true && (user.IsInRole(Roles.JocOfficer) || user.IsInRole(Roles.PocAdviser) || user.IsInRole(Roles.Commander)) ? user.MissionScopes()
        : [];
}
