using System.Security.Claims;
using Bluehelm.Modules.Missions.Contracts;
using Bluehelm.Platform.Identity;

namespace Bluehelm.Modules.Alerts;

/// <summary>
/// Who sees which alert, enforced in every query: administrators all; JOC officers and POC
/// advisers the alerts of their missions; commanders only alerts tasked to their units. Reporter
/// identity only to JOC officers and administrators of the mission.
/// </summary>
internal static class AlertAccess
{
    /// <summary>
    /// The alerts <paramref name="user"/> may see. The user's mission codes are turned into ids through
    /// the Missions module's directory before the query is built, and each branch is only added when the
    /// user has it, so the common case (one mission) is a plain equality the (mission, received, id) index serves.
    /// </summary>
    public static async Task<IQueryable<Alert>> VisibleAsync(this IQueryable<Alert> alerts, ClaimsPrincipal user, IMissionDirectory directory, CancellationToken ct)
    {
        if (user.IsInRole(Roles.Admin))
        {
            return alerts;
        }

        var missions = user.IsInRole(Roles.JocOfficer) || user.IsInRole(Roles.PocAdviser) ? user.MissionScopes().ToList() : [];
        var units = user.IsInRole(Roles.Commander) ? user.UnitScopes().ToList() : [];
        var missionIds = missions.Count == 0 ? [] : (await directory.IdsAsync(missions, ct)).ToList();
        if (missionIds.Count == 1 && units.Count == 0)
        {
            var only = missionIds[0];
            return alerts.Where(a => a.MissionId == only);
        }

        return (missionIds.Count, units.Count) switch
        {
            (0, 0) => alerts.Where(a => false),
            (_, 0) => alerts.Where(a => missionIds.Contains(a.MissionId)),
            (0, _) => alerts.Where(a => a.Responses.Any(r => r.Units.Any(u => units.Contains(u.UnitId)))),
            _ => alerts.Where(a => missionIds.Contains(a.MissionId) || a.Responses.Any(r => r.Units.Any(u => units.Contains(u.UnitId)))),
        };
    }

    public static bool MayManage(ClaimsPrincipal user, string missionCode) =>
        user.IsInRole(Roles.Admin) || (user.IsInRole(Roles.JocOfficer) && user.HasMissionScope(missionCode));

    public static bool SeesReporter(ClaimsPrincipal user, string missionCode) => MayManage(user, missionCode);
}
