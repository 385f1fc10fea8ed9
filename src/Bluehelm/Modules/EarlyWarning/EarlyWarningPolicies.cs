using Bluehelm.Platform.Identity;
using Microsoft.AspNetCore.Authorization;

namespace Bluehelm.Modules.EarlyWarning;

/// <summary>The Early warning module's authorization policies.</summary>
public static class EarlyWarningPolicies
{
    /// <summary>May read hotspots, forecasts and warnings of their missions (anonymous readers get only public warnings, in the feed).</summary>
    public const string Read = "early-warning-read";

    /// <summary>May draft, approve, update and cancel early warnings (author and approver must differ).</summary>
    public const string Warn = "warnings-manage";

    /// <summary>May take in CAP alerts from other systems and turn them into Bluehelm alerts (the latter only the mission's JOC and administrators).</summary>
    public const string CapIntake = "warnings-cap-intake";

    internal static void Add(AuthorizationOptions options)
    {
        options.AddPolicy(Read, p => p.RequireRole(Roles.Admin, Roles.JocOfficer, Roles.PocAdviser, Roles.Commander));
        options.AddPolicy(Warn, p => p.RequireRole(Roles.PocAdviser));
        options.AddPolicy(CapIntake, p => p.RequireRole(Roles.Admin, Roles.JocOfficer, Roles.PocAdviser));
    }
}
