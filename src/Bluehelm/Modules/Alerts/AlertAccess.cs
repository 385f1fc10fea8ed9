using System.Security.Claims;
using Bluehelm.Platform.Data;
using Bluehelm.Platform.Identity;
using Microsoft.EntityFrameworkCore;

namespace Bluehelm.Modules.Alerts;

/// <summary>
/// Who sees which alert, enforced in every query: administrators all; JOC officers and POC
/// advisers the alerts of their missions; commanders only alerts tasked to their units. Reporter
/// identity only to JOC officers and administrators of the mission.
/// </summary>
internal static class AlertAccess
{
    public static IQueryable<Alert> Visible(this IQueryable<Alert> alerts, ClaimsPrincipal user, BluehelmDbContext db)
    {
        if (user.IsInRole(Roles.Admin))
        {
            return alerts;
        }

        var missions = user.IsInRole(Roles.JocOfficer) || user.IsInRole(Roles.PocAdviser) ? user.MissionScopes().ToList() : [];
        var units = user.IsInRole(Roles.Commander) ? user.UnitScopes().ToList() : [];

        // Mission ids are resolved first, and each branch is only added when the user has it, so the
        // common case (one mission) is a plain equality the (mission, received, id) index serves.
        var missionIds = missions.Count == 0 ? [] : db.Set<Missions.Mission>().AsNoTracking().Where(m => missions.Contains(m.Code)).Select(m => m.Id).ToList();
        return (missionIds.Count, units.Count) switch
        {
            (0, 0) => alerts.Where(a => false),
            (1, 0) => alerts.Where(a => a.MissionId == missionIds[0]),
            (_, 0) => alerts.Where(a => missionIds.Contains(a.MissionId)),
            (0, _) => alerts.Where(a => a.Responses.Any(r => r.Units.Any(u => units.Contains(u.UnitId)))),
            _ => alerts.Where(a => missionIds.Contains(a.MissionId) || a.Responses.Any(r => r.Units.Any(u => units.Contains(u.UnitId)))),
        };
    }

    public static bool MayManage(ClaimsPrincipal user, string missionCode) =>
        user.IsInRole(Roles.Admin) || (user.IsInRole(Roles.JocOfficer) && user.HasMissionScope(missionCode));

    public static bool SeesReporter(ClaimsPrincipal user, string missionCode) => MayManage(user, missionCode);
}
