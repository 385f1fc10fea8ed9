using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.HttpOverrides;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Bluehelm.Platform.Hosting;

/// <summary>
/// Headers every response carries (ASVS V3/V14): a content security policy, no MIME sniffing, no
/// referrer to other sites, no framing; HSTS outside Development; JSON and CSV (reporter data) never
/// cached. And the proxies whose <c>X-Forwarded-For</c>/<c>X-Forwarded-Proto</c> are believed.
/// </summary>
internal static class SecurityHeaders
{
    public const string KnownProxiesSetting = "Bluehelm:ForwardedHeaders:KnownProxies";
    public const string KnownNetworksSetting = "Bluehelm:ForwardedHeaders:KnownNetworks";

    /// <summary>
    /// The pages are static server-side rendering: plain HTML and forms, one stylesheet, the map and
    /// board scripts from our origin, and no inline script or style.
    /// </summary>
    internal const string PagePolicy =
        "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; font-src 'self'; " +
        "connect-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'self'; object-src 'none'";

    /// <summary>Scalar's API reference (<c>/api/reference</c>) runs an inline bootstrap script and inline styles.</summary>
    internal const string ApiReferencePolicy =
        "default-src 'self'; script-src 'self' 'unsafe-inline'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; " +
        "font-src 'self' data:; connect-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'self'; object-src 'none'";

    /// <summary>
    /// Forwarded headers are believed only from the configured proxies (addresses and CIDR networks,
    /// a list or one comma-separated value); by default loopback only, so a reverse proxy on the same
    /// machine terminating TLS keeps cookies <c>Secure</c> and the audit trail the client's address.
    /// Configured proxies replace the loopback default.
    /// </summary>
    public static IServiceCollection AddBluehelmForwardedHeaders(this IServiceCollection services, IConfiguration configuration)
    {
        var proxies = Values(configuration, KnownProxiesSetting).Select(IPAddress.Parse).ToList();
        var networks = Values(configuration, KnownNetworksSetting).Select(System.Net.IPNetwork.Parse).ToList();
        services.Configure<ForwardedHeadersOptions>(o =>
        {
            o.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto;
            if (proxies.Count > 0 || networks.Count > 0)
            {
                o.KnownProxies.Clear();
                o.KnownIPNetworks.Clear();
                foreach (var proxy in proxies)
                {
                    o.KnownProxies.Add(proxy);
                }

                foreach (var network in networks)
                {
                    o.KnownIPNetworks.Add(network);
                }
            }
            else
            {
                o.KnownProxies.Clear();
                o.KnownIPNetworks.Clear();
                o.KnownIPNetworks.Add(new System.Net.IPNetwork(IPAddress.Loopback, 8));
                o.KnownProxies.Add(IPAddress.IPv6Loopback);
            }
        });
        services.AddHsts(o =>
        {
            o.MaxAge = TimeSpan.FromDays(365);
            o.IncludeSubDomains = true;
        });
        return services;
    }

    public static WebApplication UseBluehelmSecurityHeaders(this WebApplication app)
    {
        app.UseForwardedHeaders();
        app.Use(AddHeaders);
        if (!app.Environment.IsDevelopment())
        {
            app.UseHsts();
        }

        return app;
    }

    private static Task AddHeaders(HttpContext context, RequestDelegate next)
    {
        // Set as the response starts, so an error page (which clears the headers) carries them too.
        context.Response.OnStarting(SetHeaders, context);
        return next(context);
    }

    private static Task SetHeaders(object state)
    {
        var context = (HttpContext)state;
        var headers = context.Response.Headers;
        var apiReference = context.Request.Path.StartsWithSegments("/api/reference", StringComparison.OrdinalIgnoreCase);
        headers.ContentSecurityPolicy = apiReference ? ApiReferencePolicy : WithTiles(PagePolicy, context);
        headers.XContentTypeOptions = "nosniff";
        headers.XFrameOptions = "DENY";
        headers["Referrer-Policy"] = "same-origin";
        return NoStoreForData(context.Response);
    }

    /// <summary>A mission's own tile server (Bluehelm:Maps:TileUrlTemplate), when one is configured, may serve the maps' images.</summary>
    private static string WithTiles(string policy, HttpContext context) =>
        context.RequestServices.GetService<Microsoft.Extensions.Options.IOptions<BluehelmOptions>>()?.Value.Maps.TileOrigin is { } origin
            ? policy.Replace("img-src 'self' data:", "img-src 'self' data: " + origin, StringComparison.Ordinal)
            : policy;

    /// <summary>JSON (API answers, problem documents) and CSV (exports) carry reporter data: never kept by a cache.</summary>
    private static Task NoStoreForData(HttpResponse response)
    {
        var type = response.ContentType;
        // Public reference data (map outlines) says so itself and stays cacheable.
        if (response.Headers.CacheControl.ToString().StartsWith("public", StringComparison.Ordinal))
        {
            return Task.CompletedTask;
        }

        if (type is not null
            && (type.StartsWith("application/json", StringComparison.OrdinalIgnoreCase)
                || type.StartsWith("application/problem+json", StringComparison.OrdinalIgnoreCase)
                || type.StartsWith("text/csv", StringComparison.OrdinalIgnoreCase)
                || (type.StartsWith("application/", StringComparison.OrdinalIgnoreCase) && type.Contains("+json", StringComparison.OrdinalIgnoreCase))))
        {
            response.Headers.CacheControl = "no-store";
            response.Headers.Pragma = "no-cache";
        }

        return Task.CompletedTask;
    }

    private static IEnumerable<string> Values(IConfiguration configuration, string key)
    {
        var section = configuration.GetSection(key);
        var values = section.Value is { Length: > 0 } single ? [single] : section.GetChildren().Select(c => c.Value ?? "");
        return values.SelectMany(v => v.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
    }
}
