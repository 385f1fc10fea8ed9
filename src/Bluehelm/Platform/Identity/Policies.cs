using Microsoft.AspNetCore.Authorization;

namespace Bluehelm.Platform.Identity;

/// <summary>Named authorization policies. Every endpoint and page names one, or is deliberately anonymous.</summary>
public static class Policies
{
    /// <summary>Any signed-in user.</summary>
    public const string SignedIn = "signed-in";

    /// <summary>Administrators only.</summary>
    public const string Admin = "admin";

    /// <summary>
    /// The interactive API reference: the people who write against the API. Administrators today; an
    /// integration account would be a role of its own with the data roles its client needs.
    /// </summary>
    public const string ApiReference = "api-reference";

    /// <summary>
    /// Everyone, signed in or not: for navigation links to public pages (published statistics, the
    /// anonymous report form). The pages and endpoints themselves say <c>[AllowAnonymous]</c>.
    /// </summary>
    public const string Public = "public";

    internal static void Add(AuthorizationOptions options)
    {
        options.AddPolicy(Public, p => p.RequireAssertion(_ => true));
        options.AddPolicy(SignedIn, p => p.RequireAuthenticatedUser());
        options.AddPolicy(Admin, p => p.RequireRole(Roles.Admin));
        options.AddPolicy(ApiReference, p => p.RequireRole(Roles.Admin));

        // A safety net only: the endpoint policy test still requires every endpoint to say what it needs.
        options.FallbackPolicy = options.GetPolicy(SignedIn);
    }
}
