using System.Security.Claims;
using Bluehelm.Modules.Conduct.Domain;
using Bluehelm.Platform.Identity;

namespace Bluehelm.Modules.Conduct;

/// <summary>
/// Who sees which case, and which of its parts. The one place these rules live: every page, API
/// call, export and CLI command asks here (PRODUCT.md, roles).
/// <list type="bullet">
/// <item>A conduct officer sees and manages the cases of their missions; identities and the
/// narrative only through an audited reveal with a reason.</item>
/// <item>A victims' rights advocate sees the cases of their missions for victims and assistance
/// (identities on an audited reveal), never investigation detail.</item>
/// <item>An admin sees every case's record, never a sealed field.</item>
/// <item>A member-state user sees only cases whose subjects are its nationals and that were referred
/// to it (or published in the UN's table): status, dates, deadlines, requested actions; never victim
/// data or the narrative. A nationality named in an unassessed report is a claim, not yet the UN's
/// word to that state.</item>
/// </list>
/// A case a user may not see is answered as if it did not exist (404), never 403.
/// </summary>
internal static class CaseAccess
{
    /// <summary>Records and changes the case (intake, referral, investigation, findings, closure).</summary>
    public static bool MayManage(ClaimsPrincipal user, string missionCode) =>
        user.IsInRole(Roles.ConductOfficer) && user.HasMissionScope(missionCode);

    /// <summary>Investigation detail: entity, findings, measures, subjects' categories and units, the pauses' reasons.</summary>
    public static bool SeesInvestigation(ClaimsPrincipal user, string missionCode) =>
        user.IsInRole(Roles.Admin) || MayManage(user, missionCode);

    /// <summary>Victim records (counts, age, sex) and their assistance.</summary>
    public static bool SeesVictims(ClaimsPrincipal user, string missionCode) =>
        user.IsInRole(Roles.Admin) || (IsMissionRole(user) && user.HasMissionScope(missionCode));

    /// <summary>May ask to reveal a sealed identity or the narrative (one at a time, with a reason, audited).</summary>
    public static bool MayReveal(ClaimsPrincipal user, string missionCode) =>
        IsMissionRole(user) && user.HasMissionScope(missionCode);

    /// <summary>What a reveal may open: the narrative and subjects are the officer's, victims both roles'.</summary>
    public static bool MayReveal(ClaimsPrincipal user, string missionCode, SealedPart part) =>
        MayReveal(user, missionCode) && (part == SealedPart.Victim || user.IsInRole(Roles.ConductOfficer));

    /// <summary>A member-state user's view: status, dates, deadlines and requested actions only.</summary>
    public static bool IsMemberStateView(ClaimsPrincipal user) =>
        user.IsInRole(Roles.MemberState) && !user.IsInRole(Roles.Admin) && !IsMissionRole(user);

    /// <summary>Reads the Conduct audit trail: admins, and conduct officers for their missions' cases.</summary>
    public static bool SeesAudit(ClaimsPrincipal user, string missionCode) =>
        user.IsInRole(Roles.Admin) || MayManage(user, missionCode);

    /// <summary>Cases the user may see, as a query filter: the one visibility rule.</summary>
    public static IQueryable<ConductCase> Visible(IQueryable<ConductCase> cases, ClaimsPrincipal user)
    {
        if (user.IsInRole(Roles.Admin) || (IsMissionRole(user) && user.SeesAllMissions()))
        {
            return cases;
        }

        var missions = IsMissionRole(user) ? user.MissionScopes() : [];
        var iso = user.IsInRole(Roles.MemberState) ? user.MemberStateScope()?.ToUpperInvariant() : null;
        return cases.Where(c => missions.Contains(c.MissionCode)
            || (iso != null && (c.ReferredOn != null || c.Source == CaseSource.PublicTable) && c.Subjects.Any(s => s.NationalityIso2 == iso)));
    }

    private static bool IsMissionRole(ClaimsPrincipal user) =>
        user.IsInRole(Roles.ConductOfficer) || user.IsInRole(Roles.VictimsRightsAdvocate);
}
