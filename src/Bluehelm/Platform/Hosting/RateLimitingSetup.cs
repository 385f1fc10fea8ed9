using System.Globalization;
using System.Threading.RateLimiting;
using Bluehelm.Platform.Http;
using Bluehelm.Platform.Identity;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Bluehelm.Platform.Hosting;

/// <summary>
/// ASP.NET Core's rate limiter on the sign-in endpoints (<c>POST /api/v1/auth/login</c> and the
/// sign-in page's form): <see cref="SignInLimits.ClientPermits"/> posts per client address per
/// <see cref="SignInLimits.ClientWindow"/>, then 429 with <c>Retry-After</c> and a localized problem
/// (API) or page. The limit is per address only, never per account, so nobody can keep an owner
/// out by spending the account's attempts; accounts are protected by <see cref="SignInFailures"/> and
/// the lockout (the whole design is on <see cref="SignInLimits"/>). State is in memory, per process.
/// The pipeline needs <c>app.UseRateLimiter()</c> (in <see cref="BluehelmHosting.UseBluehelm{TApp}"/>).
/// </summary>
internal static class RateLimitingSetup
{
    public const string SignIn = "sign-in";

    public static IServiceCollection AddBluehelmRateLimiting(this IServiceCollection services) =>
        services.AddRateLimiter(o =>
        {
            o.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            o.AddPolicy<string, SignInPolicy>(SignIn);
        });

    private sealed class SignInPolicy(IOptions<SignInLimits> limits) : IRateLimiterPolicy<string>
    {
        public Func<OnRejectedContext, CancellationToken, ValueTask>? OnRejected => RejectAsync;

        // Showing the sign-in form costs nothing: only posts are counted. A request with no client
        // address (in-process test server, a Unix-socket proxy) is not limited: one bucket shared by
        // every such client would let one stranger keep everyone from signing in.
        public RateLimitPartition<string> GetPartition(HttpContext httpContext) =>
            HttpMethods.IsPost(httpContext.Request.Method) && httpContext.Connection.RemoteIpAddress is not null
                ? RateLimitPartition.GetFixedWindowLimiter(ClientAddress.Of(httpContext), _ => new FixedWindowRateLimiterOptions
                {
                    PermitLimit = limits.Value.ClientPermits,
                    Window = limits.Value.ClientWindow,
                    QueueLimit = 0,
                })
                : RateLimitPartition.GetNoLimiter("");

        private async ValueTask RejectAsync(OnRejectedContext context, CancellationToken ct)
        {
            var http = context.HttpContext;
            var retry = context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var after) ? after : limits.Value.ClientWindow;
            http.Response.Headers.RetryAfter = Math.Max(1, (int)Math.Ceiling(retry.TotalSeconds)).ToString(CultureInfo.InvariantCulture);
            if (http.Request.Path.StartsWithSegments("/api", StringComparison.OrdinalIgnoreCase))
            {
                await ApiProblems.Problem(http, StatusCodes.Status429TooManyRequests, "too-many-requests").ExecuteAsync(http);
                return;
            }

            await StatusPage.WriteAsync(http);
        }
    }
}
