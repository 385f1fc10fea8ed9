using Bluehelm.Platform.Identity;
using Microsoft.AspNetCore.Authorization;

namespace Bluehelm.Modules.Alerts;

/// <summary>The Alerts module's authorization policies.</summary>
public static class AlertsPolicies
{
    /// <summary>May read alerts (within their missions, or, for a commander, those tasked to their units).</summary>
    public const string Read = "alerts-read";

    /// <summary>May take alerts in and act on them (triage, dispatch, close).</summary>
    public const string Manage = "alerts-manage";

    internal static void Add(AuthorizationOptions options)
    {
        options.AddPolicy(Read, p => p.RequireRole(Roles.Admin, Roles.JocOfficer, Roles.PocAdviser, Roles.Commander));
        options.AddPolicy(Manage, p => p.RequireRole(Roles.Admin, Roles.JocOfficer));
    }
}
