using System.ComponentModel.DataAnnotations;
using Bluehelm.Platform.Http;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Routing;

namespace Bluehelm.Platform.Identity;

/// <summary>Sign-in for API clients, and sign-out for pages.</summary>
public static class AccountEndpoints
{
    /// <summary>Credentials for <c>POST /api/v1/auth/login</c>.</summary>
    public sealed record LoginRequest([property: Required, EmailAddress, MaxLength(256)] string Email, [property: Required, MaxLength(256)] string Password);

    internal static void Map(RouteGroupBuilder api, IEndpointRouteBuilder app)
    {
        api.MapPost("/auth/login", Login)
            .WithName("Platform_Login")
            .WithTags("Account")
            .WithSummary("Exchange e-mail and password for a bearer token (accessToken, expiresIn, refreshToken).")
            .AllowAnonymous()
            .DisableAntiforgery();

        // Sign-out is a POST with an antiforgery token (a form in the layout); GET must never sign out.
        app.MapPost("/account/logout", Logout)
            .WithName("Platform_Logout")
            .ExcludeFromDescription()
            .RequireAuthorization(Policies.SignedIn);
    }

    /// <summary>
    /// On success the bearer handler writes the token response itself. Lockout applies exactly as for
    /// the sign-in page: five failures lock the account for fifteen minutes.
    /// </summary>
    internal static async Task<Results<EmptyHttpResult, ProblemHttpResult>> Login(LoginRequest request, SignInManager<BluehelmUser> signIn, HttpContext context)
    {
        var errors = Validation.Check(request);
        if (errors.Count > 0)
        {
            return ApiProblems.Validation(context, errors);
        }

        signIn.AuthenticationScheme = IdentityConstants.BearerScheme;
        var result = await signIn.PasswordSignInAsync(request.Email.Trim(), request.Password, isPersistent: false, lockoutOnFailure: true);
        if (result.IsLockedOut)
        {
            return ApiProblems.Problem(context, StatusCodes.Status423Locked, "locked-out");
        }

        if (!result.Succeeded)
        {
            return ApiProblems.Problem(context, StatusCodes.Status401Unauthorized, "invalid-credentials");
        }

        return TypedResults.Empty;
    }

    internal static async Task<RedirectHttpResult> Logout(SignInManager<BluehelmUser> signIn)
    {
        await signIn.SignOutAsync();
        return TypedResults.LocalRedirect("/");
    }
}
