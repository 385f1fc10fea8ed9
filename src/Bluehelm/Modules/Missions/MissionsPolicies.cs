using Bluehelm.Platform.Identity;
using Microsoft.AspNetCore.Authorization;

namespace Bluehelm.Modules.Missions;

/// <summary>The Missions module's authorization policies.</summary>
public static class MissionsPolicies
{
    /// <summary>May edit mission reference data (admin anywhere; POC adviser within their missions).</summary>
    public const string Edit = "missions-edit";

    internal static void Add(AuthorizationOptions options) =>
        options.AddPolicy(Edit, p => p.RequireRole(Roles.Admin, Roles.PocAdviser));
}
