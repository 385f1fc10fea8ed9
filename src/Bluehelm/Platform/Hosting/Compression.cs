using System.IO.Compression;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.ResponseCompression;
using Microsoft.Extensions.DependencyInjection;

namespace Bluehelm.Platform.Hosting;

/// <summary>
/// Brotli and gzip for what the server writes (pages, JSON, CSV, the OpenAPI document) on a
/// satellite link: the board's HTML is about twenty times smaller compressed. Static assets are not
/// compressed here: <c>MapStaticAssets</c> serves the build's precompressed files (<c>.br</c> and
/// <c>.gz</c>, from a build as from a publish: <c>BuildCompressionFormats</c> in Bluehelm.Web.csproj) with their own <c>Content-Encoding</c>, which this
/// middleware leaves alone.
/// </summary>
/// <remarks>
/// Compression over HTTPS is switched on deliberately, with the BREACH attack in mind (an attacker
/// who can both inject text into a page and watch the size of the encrypted answer guesses a secret
/// of the same page byte by byte). Bluehelm's pages carry two secrets: the session cookie, which is
/// a header and never part of the compressed body, and the antiforgery token, which ASP.NET Core
/// draws fresh for every page it renders (the request token is an encrypted blob with new random
/// bytes each time), so no two answers carry the same secret bytes to guess at. The cookies are
/// <c>SameSite</c>, which denies a cross-site attacker the many credentialed requests the attack
/// needs. API answers (bearer tokens are sent by the client, never echoed) carry no secret.
/// </remarks>
internal static class Compression
{
    /// <summary>CSV exports and problem documents besides the framework's text, JSON, JavaScript and SVG types.</summary>
    internal static readonly string[] MimeTypes =
    [
        .. ResponseCompressionDefaults.MimeTypes,
        "text/csv",
        "application/problem+json",
        "image/svg+xml",
    ];

    public static IServiceCollection AddBluehelmCompression(this IServiceCollection services)
    {
        services.AddResponseCompression(o =>
        {
            o.EnableForHttps = true;
            o.Providers.Add<BrotliCompressionProvider>();
            o.Providers.Add<GzipCompressionProvider>();
            o.MimeTypes = MimeTypes;
        });

        // Brotli's "optimal" here is quality 4: smaller than gzip at about gzip's cost; the
        // framework's "fastest" default leaves a quarter more bytes on the link.
        services.Configure<BrotliCompressionProviderOptions>(o => o.Level = CompressionLevel.Optimal);
        services.Configure<GzipCompressionProviderOptions>(o => o.Level = CompressionLevel.Optimal);
        return services;
    }

    /// <summary>Goes before the error pages, static assets and endpoints, so everything they write passes through it.</summary>
    public static WebApplication UseBluehelmCompression(this WebApplication app)
    {
        app.UseResponseCompression();
        return app;
    }
}
