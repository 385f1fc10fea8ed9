using Bluehelm.Platform.Identity;
using Microsoft.AspNetCore.Authorization;

namespace Bluehelm.Modules.Conduct;

/// <summary>
/// The Conduct module's policies: who may reach a kind of page or endpoint at all. Which cases a
/// user then sees, and which fields, is <see cref="CaseAccess"/>'s rule, checked on every read.
/// </summary>
public static class ConductPolicies
{
    /// <summary>May list and read cases (each as <see cref="CaseAccess"/> allows).</summary>
    public const string Cases = "conduct-cases";

    /// <summary>May record and change cases: conduct officers (of the case's mission).</summary>
    public const string Manage = "conduct-manage";

    /// <summary>May read and record victim assistance: conduct officers and victims' rights advocates.</summary>
    public const string Victims = "conduct-victims";

    /// <summary>May run a pre-deployment screening check.</summary>
    public const string Screening = "conduct-screening";

    /// <summary>May import the UN's public table of allegations.</summary>
    public const string Import = "conduct-import";

    /// <summary>May read the Conduct audit trail (who read or changed which case).</summary>
    public const string Audit = "conduct-audit";

    internal static void Add(AuthorizationOptions options)
    {
        options.AddPolicy(Cases, p => p.RequireRole(Roles.Admin, Roles.ConductOfficer, Roles.VictimsRightsAdvocate, Roles.MemberState));
        options.AddPolicy(Manage, p => p.RequireRole(Roles.ConductOfficer));
        options.AddPolicy(Victims, p => p.RequireRole(Roles.ConductOfficer, Roles.VictimsRightsAdvocate));
        options.AddPolicy(Screening, p => p.RequireRole(Roles.ConductOfficer));
        options.AddPolicy(Import, p => p.RequireRole(Roles.Admin));
        options.AddPolicy(Audit, p => p.RequireRole(Roles.Admin, Roles.ConductOfficer));
    }
}
