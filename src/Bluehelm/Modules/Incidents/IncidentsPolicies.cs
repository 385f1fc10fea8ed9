using Bluehelm.Platform.Identity;
using Microsoft.AspNetCore.Authorization;

namespace Bluehelm.Modules.Incidents;

/// <summary>The Incidents module's authorization policies.</summary>
public static class IncidentsPolicies
{
    /// <summary>May read conflict events and incidents.</summary>
    public const string Read = "incidents-read";

    /// <summary>May import event datasets (UCDP, ACLED, HXL).</summary>
    public const string Import = "incidents-import";

    /// <summary>May verify a resolved alert into an incident.</summary>
    public const string Verify = "incidents-verify";

    internal static void Add(AuthorizationOptions options)
    {
        options.AddPolicy(Read, p => p.RequireRole(Roles.Admin, Roles.JocOfficer, Roles.PocAdviser, Roles.Commander));
        options.AddPolicy(Import, p => p.RequireRole(Roles.Admin, Roles.PocAdviser));
        options.AddPolicy(Verify, p => p.RequireRole(Roles.JocOfficer, Roles.PocAdviser));
    }
}
