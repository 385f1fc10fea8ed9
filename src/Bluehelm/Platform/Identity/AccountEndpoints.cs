using System.ComponentModel.DataAnnotations;
using Bluehelm.Platform.Hosting;
using Bluehelm.Platform.Http;
using Microsoft.AspNetCore.Antiforgery;
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
            .DisableAntiforgery()
            .RequireRateLimiting(RateLimitingSetup.SignIn);

        // Sign-out is a POST with an antiforgery token (a form in the layout), checked before it runs
        // (a missing or wrong token gets the 400 page); GET must never sign out.
        app.MapPost("/account/logout", Logout)
            .WithName("Platform_Logout")
            .ExcludeFromDescription()
            .WithMetadata(new RequireAntiforgeryTokenAttribute())
            .RequireAuthorization(Policies.SignedIn);
    }

    /// <summary>
    /// On success the bearer handler writes the token response itself. Every refusal (unknown e-mail,
    /// wrong password, locked account) is the same 401; limits as for the sign-in page (<see cref="SignInLimits"/>).
    /// </summary>
    internal static async Task<Results<EmptyHttpResult, ProblemHttpResult>> Login(LoginRequest request, PasswordSignIn signIn, HttpContext context)
    {
        var errors = Validation.Check(request);
        if (errors.Count > 0)
        {
            return ApiProblems.Validation(context, errors);
        }

        if (!await signIn.SignInAsync(request.Email.Trim(), request.Password, IdentityConstants.BearerScheme, context))
        {
            return ApiProblems.Problem(context, StatusCodes.Status401Unauthorized, "invalid-credentials");
        }

        return TypedResults.Empty;
    }

    /// <summary>Signs out everywhere: the new security stamp ends every session and bearer token of the user.</summary>
    internal static async Task<RedirectHttpResult> Logout(SignInManager<BluehelmUser> signIn, UserManager<BluehelmUser> users, SessionStamps stamps, HttpContext context)
    {
        if (await users.GetUserAsync(context.User) is { } user)
        {
            await users.UpdateSecurityStampAsync(user);
            stamps.Forget(user.Id);
        }

        await signIn.SignOutAsync();
        return TypedResults.LocalRedirect("/");
    }
}
