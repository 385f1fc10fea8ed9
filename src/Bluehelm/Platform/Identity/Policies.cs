using Microsoft.AspNetCore.Authorization;

namespace Bluehelm.Platform.Identity;

/// <summary>Named authorization policies. Every endpoint and page names one, or is deliberately anonymous.</summary>
public static class Policies
{
    /// <summary>Any signed-in user.</summary>
    public const string SignedIn = "signed-in";

    /// <summary>Administrators only.</summary>
    public const string Admin = "admin";

    /// <summary>May edit mission reference data (admin anywhere; POC adviser within their missions).</summary>
    public const string MissionsEdit = "missions-edit";

    /// <summary>May read alerts (within their missions, or, for a commander, those tasked to their units).</summary>
    public const string AlertsRead = "alerts-read";

    /// <summary>May take alerts in and act on them (triage, dispatch, close).</summary>
    public const string AlertsManage = "alerts-manage";

    internal static void Add(AuthorizationOptions options)
    {
        options.AddPolicy(AlertsRead, p => p.RequireRole(Roles.Admin, Roles.JocOfficer, Roles.PocAdviser, Roles.Commander));
        options.AddPolicy(AlertsManage, p => p.RequireRole(Roles.Admin, Roles.JocOfficer));
        options.AddPolicy(SignedIn, p => p.RequireAuthenticatedUser());
        options.AddPolicy(Admin, p => p.RequireRole(Roles.Admin));
        options.AddPolicy(MissionsEdit, p => p.RequireRole(Roles.Admin, Roles.PocAdviser));

        // A safety net only: the endpoint policy test still requires every endpoint to say what it needs.
        options.FallbackPolicy = options.GetPolicy(SignedIn);
    }
}
