using Microsoft.AspNetCore.Authorization;

namespace Bluehelm.Platform.Identity;

/// <summary>Named authorization policies. Every endpoint and page names one, or is deliberately anonymous.</summary>
public static class Policies
{
    /// <summary>Any signed-in user.</summary>
    public const string SignedIn = "signed-in";

    /// <summary>Administrators only.</summary>
    public const string Admin = "admin";

    internal static void Add(AuthorizationOptions options)
    {
        options.AddPolicy(SignedIn, p => p.RequireAuthenticatedUser());
        options.AddPolicy(Admin, p => p.RequireRole(Roles.Admin));

        // A safety net only: the endpoint policy test still requires every endpoint to say what it needs.
        options.FallbackPolicy = options.GetPolicy(SignedIn);
    }
}
