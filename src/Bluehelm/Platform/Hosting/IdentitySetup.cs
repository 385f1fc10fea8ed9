using Bluehelm.Platform.Data;
using Bluehelm.Platform.Identity;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Bluehelm.Platform.Hosting;

/// <summary>Users and sign-in: identity stores and rules (every host), cookie and bearer authentication (web).</summary>
internal static class IdentitySetup
{
    public static IServiceCollection AddBluehelmIdentity(this IServiceCollection services)
    {
        services.AddIdentityCore<BluehelmUser>(o =>
            {
                o.User.RequireUniqueEmail = true;
                o.Password.RequiredLength = 12;
                o.Password.RequireDigit = true;
                o.Password.RequireLowercase = true;
                o.Password.RequireUppercase = true;
                o.Password.RequireNonAlphanumeric = true;
                o.Password.RequiredUniqueChars = 6;
                o.Lockout.AllowedForNewUsers = true;
            })
            .AddRoles<BluehelmRole>()
            .AddEntityFrameworkStores<BluehelmDbContext>()
            .AddSignInManager()
            .AddDefaultTokenProviders()
            .AddClaimsPrincipalFactory<BluehelmClaimsFactory>();

        // Account-wide lockout counts only failures that reached the password check (see SignInLimits).
        services.AddOptions<SignInLimits>().BindConfiguration(SignInLimits.Section);
        services.AddOptions<IdentityOptions>().Configure<IOptions<SignInLimits>>((o, limits) =>
        {
            o.Lockout.MaxFailedAccessAttempts = limits.Value.AccountFailures;
            o.Lockout.DefaultLockoutTimeSpan = limits.Value.AccountLockout;
        });
        return services;
    }

    public static IServiceCollection AddBluehelmAuthentication(this IServiceCollection services)
    {
        services.AddAuthentication(o =>
            {
                o.DefaultScheme = AuthSchemes.CookieOrBearer;
                o.DefaultChallengeScheme = AuthSchemes.CookieOrBearer;
            })
            .AddPolicyScheme(AuthSchemes.CookieOrBearer, "Cookie or bearer token", o => o.ForwardDefaultSelector = SchemeFor)
            .AddBearerToken(IdentityConstants.BearerScheme, o =>
            {
                o.BearerTokenExpiration = TimeSpan.FromHours(8);
                o.Events.OnMessageReceived = SessionStamps.CheckBearerAsync;
            })
            .AddIdentityCookies(cookies => cookies.ApplicationCookie?.Configure(o =>
            {
                o.LoginPath = "/account/login";
                o.LogoutPath = "/account/logout";
                o.AccessDeniedPath = "/account/denied";
                o.Cookie.Name = ".Bluehelm.Session";
                o.Cookie.HttpOnly = true;
                o.Cookie.SameSite = SameSiteMode.Lax;
                o.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
                o.ExpireTimeSpan = TimeSpan.FromHours(12);
                o.SlidingExpiration = true;
                o.Events.OnValidatePrincipal = SessionStamps.ValidateCookieAsync;
                o.Events.OnRedirectToLogin = ctx => ApiOrRedirect(ctx, StatusCodes.Status401Unauthorized);
                o.Events.OnRedirectToAccessDenied = ctx => ApiOrRedirect(ctx, StatusCodes.Status403Forbidden);
            }));
        services.AddSingleton<IPostConfigureOptions<Microsoft.AspNetCore.Authentication.BearerToken.BearerTokenOptions>, BearerTicketCache.Install>();
        services.AddSingleton<SessionStamps>();
        services.AddSingleton<SignInFailures>();
        services.AddScoped<PasswordSignIn>();
        services.AddBluehelmRateLimiting();
        services.AddAuthorization();
        return services;
    }

    /// <summary>
    /// A request with a bearer token is authenticated by it. Without one, pages use the session cookie,
    /// and so do reads of the API (the pages' export links), but a write to the API never does: a
    /// cookie is sent by the browser whatever site made the request, so accepting it for writes would
    /// let any site post in the user's name (cross-site request forgery); a bearer token is not.
    /// </summary>
    internal static string SchemeFor(HttpContext ctx)
    {
        if (ctx.Request.Headers.Authorization.ToString().StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase))
        {
            return IdentityConstants.BearerScheme;
        }

        var safe = HttpMethods.IsGet(ctx.Request.Method) || HttpMethods.IsHead(ctx.Request.Method) || HttpMethods.IsOptions(ctx.Request.Method);
        return !safe && ctx.Request.Path.StartsWithSegments("/api", StringComparison.OrdinalIgnoreCase)
            ? IdentityConstants.BearerScheme
            : IdentityConstants.ApplicationScheme;
    }

    private static Task ApiOrRedirect(RedirectContext<Microsoft.AspNetCore.Authentication.Cookies.CookieAuthenticationOptions> ctx, int status)
    {
        // The API reference is a page for people: they are sent to sign in like on any page.
        if (ctx.Request.Path.StartsWithSegments("/api", StringComparison.OrdinalIgnoreCase) && !ApiReference.IsReference(ctx.Request.Path))
        {
            ctx.Response.StatusCode = status;
            return Task.CompletedTask;
        }

        ctx.Response.Redirect(ctx.RedirectUri);
        return Task.CompletedTask;
    }
}
