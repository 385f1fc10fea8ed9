using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Hosting;

namespace Bluehelm.Platform.Hosting;

/// <summary>
/// Static assets (<c>app.css</c>, the map and board scripts, Leaflet) as <c>MapStaticAssets</c>
/// serves them: under fingerprinted names (<c>@Assets["app.css"]</c> writes <c>app.m21qrotivm.css</c>)
/// with <c>Cache-Control: max-age=31536000, immutable</c>, so a repeat visit asks for nothing, and
/// the build's precompressed copies (<c>.br</c> and <c>.gz</c>).
/// </summary>
/// <remarks>
/// Outside Development the framework would, from a build output (<c>dotnet run</c>, as the README's
/// production recipe does, and the tests), neither find the assets that live in packages
/// (<c>blazor.web.js</c>, loaded by the pages until issue 9, answered 500) nor send the manifest's caching headers (its runtime
/// "hot reload" handler, on by default for a build manifest, sends <c>no-cache</c> on every asset).
/// A published application has no build manifest and is not affected.
/// </remarks>
internal static class StaticAssets
{
    /// <summary>The framework's switch for its development handler of static assets.</summary>
    internal const string ReloadAtRuntimeSetting = "ReloadStaticAssetsAtRuntime";

    public static WebApplicationBuilder UseBluehelmStaticAssets(this WebApplicationBuilder builder)
    {
        if (!builder.Environment.IsDevelopment())
        {
            builder.WebHost.UseStaticWebAssets();
            if (string.IsNullOrEmpty(builder.Configuration[ReloadAtRuntimeSetting]))
            {
                builder.Configuration[ReloadAtRuntimeSetting] = "false";
            }
        }

        return builder;
    }
}
