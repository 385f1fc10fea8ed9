using System.Globalization;
using System.Text.Encodings.Web;
using System.Threading.RateLimiting;
using Bluehelm.Platform.Http;
using Bluehelm.Platform.Identity;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Localization;
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

    /// <summary>Anonymous reports (the Conduct module's public form and its API): <see cref="PublicFormLimits.ReportPermits"/> posts per client per window.</summary>
    public const string PublicReport = "public-report";

    /// <summary>Anonymous status checks (reference and secret): fewer, <see cref="PublicFormLimits.StatusPermits"/> posts per client per window.</summary>
    public const string PublicReportStatus = "public-report-status";

    public static IServiceCollection AddBluehelmRateLimiting(this IServiceCollection services)
    {
        services.AddOptions<PublicFormLimits>().BindConfiguration(PublicFormLimits.Section);
        return services.AddRateLimiter(o =>
        {
            o.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            o.AddPolicy<string, SignInPolicy>(SignIn);
            o.AddPolicy<string, PublicReportPolicy>(PublicReport);
            o.AddPolicy<string, PublicReportStatusPolicy>(PublicReportStatus);
        });
    }

    /// <summary>
    /// Posts of an anonymous public form, per client address (a request with no address is not
    /// limited, as for sign-in). The 429 is a problem (API) or a short page in the user's language,
    /// with the words the endpoint gives in its <see cref="RateLimitTextAttribute"/>; Platform knows no module's text.
    /// </summary>
    private sealed class PublicReportPolicy(IOptions<PublicFormLimits> limits) : PublicFormPolicy(PublicReport, l => (l.ReportPermits, l.ReportWindow), limits);

    private sealed class PublicReportStatusPolicy(IOptions<PublicFormLimits> limits) : PublicFormPolicy(PublicReportStatus, l => (l.StatusPermits, l.StatusWindow), limits);

    private abstract class PublicFormPolicy(string name, Func<PublicFormLimits, (int Permits, TimeSpan Window)> pick, IOptions<PublicFormLimits> limits) : IRateLimiterPolicy<string>
    {
        public Func<OnRejectedContext, CancellationToken, ValueTask>? OnRejected => RejectAsync;

        public RateLimitPartition<string> GetPartition(HttpContext httpContext)
        {
            var (permits, window) = pick(limits.Value);
            return HttpMethods.IsPost(httpContext.Request.Method) && httpContext.Connection.RemoteIpAddress is not null
                ? RateLimitPartition.GetFixedWindowLimiter(name + ":" + ClientAddress.Of(httpContext), _ => new FixedWindowRateLimiterOptions
                {
                    PermitLimit = permits,
                    Window = window,
                    QueueLimit = 0,
                })
                : RateLimitPartition.GetNoLimiter("");
        }

        private async ValueTask RejectAsync(OnRejectedContext context, CancellationToken ct)
        {
            var http = context.HttpContext;
            var retry = context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var after) ? after : pick(limits.Value).Window;
            http.Response.Headers.RetryAfter = Math.Max(1, (int)Math.Ceiling(retry.TotalSeconds)).ToString(CultureInfo.InvariantCulture);
            var words = http.GetEndpoint()?.Metadata.GetMetadata<RateLimitTextAttribute>();
            var text = words is null ? null : http.RequestServices.GetRequiredService<IStringLocalizerFactory>().Create(words.Resource);
            if (text is null || words is null)
            {
                await StatusPage.WriteAsync(http);
                return;
            }

            if (http.Request.Path.StartsWithSegments("/api", StringComparison.OrdinalIgnoreCase))
            {
                await TypedResults.Problem(title: text[words.TitleKey], detail: text[words.TextKey], statusCode: StatusCodes.Status429TooManyRequests,
                    extensions: new Dictionary<string, object?>(StringComparer.Ordinal) { ["code"] = "too-many-requests" }).ExecuteAsync(http);
                return;
            }

            var html = http.RequestServices.GetRequiredService<HtmlEncoder>();
            var shared = http.RequestServices.GetRequiredService<IStringLocalizer<Localization.SharedText>>();
            http.Response.ContentType = "text/html; charset=utf-8";
            await http.Response.WriteAsync(
                $"""
                <!DOCTYPE html>
                <html lang="{CultureInfo.CurrentUICulture.TwoLetterISOLanguageName}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1.0">
                <title>{html.Encode(text[words.TitleKey])} · Bluehelm</title><link rel="stylesheet" href="/app.css"></head>
                <body><header class="top"><a class="brand" href="/">Bluehelm</a></header>
                <main><h1>{html.Encode(text[words.TitleKey])}</h1><p>{html.Encode(text[words.TextKey])}</p><p><a href="/">{html.Encode(shared["common.home"])}</a></p></main></body></html>
                """, ct);
        }
    }

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

/// <summary>Limits of the anonymous public forms, per client address, under <c>Bluehelm:PublicForms</c>.</summary>
public sealed class PublicFormLimits
{
    public const string Section = "Bluehelm:PublicForms";

    public int ReportPermits { get; set; } = 20;

    public TimeSpan ReportWindow { get; set; } = TimeSpan.FromHours(1);

    public int StatusPermits { get; set; } = 10;

    public TimeSpan StatusWindow { get; set; } = TimeSpan.FromHours(1);
}

/// <summary>The localized words (a resource type and two keys) of the 429 an endpoint's rate limit answers with.</summary>
[AttributeUsage(AttributeTargets.Class, AllowMultiple = false)]
public sealed class RateLimitTextAttribute(Type resource, string titleKey, string textKey) : Attribute
{
    public Type Resource { get; } = resource;

    public string TitleKey { get; } = titleKey;

    public string TextKey { get; } = textKey;
}
