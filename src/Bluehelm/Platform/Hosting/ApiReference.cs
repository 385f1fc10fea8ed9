using System.Globalization;
using System.Net;
using Bluehelm.Platform.Identity;
using Bluehelm.Platform.Localization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Localization;
using Scalar.AspNetCore;

namespace Bluehelm.Platform.Hosting;

/// <summary>
/// The interactive API reference (Scalar) at <c>/api/reference</c>, for the people who write against
/// the API (administrators: <see cref="Policies.ApiReference"/>), not on anyone else's menu. Everything
/// it loads comes from this server (the bundle ships inside the Scalar.AspNetCore package); the
/// third-party parts are off: no CDN fonts, no telemetry, no AI agent, no MCP, no "open API client"
/// button, no proxy (requests from "Test request" go straight to this server). Its own words follow
/// the reader's language (Scalar ships French); a bar on top leads back to Bluehelm.
/// </summary>
internal static class ApiReference
{
    public const string Path = "/api/reference";

    public static bool IsReference(PathString path) => path.StartsWithSegments(Path, StringComparison.OrdinalIgnoreCase);

    public static void Map(WebApplication app) =>
        app.MapScalarApiReference(Path, Configure).RequireAuthorization(Policies.ApiReference);

    private static void Configure(ScalarOptions o, HttpContext context)
    {
        var text = context.RequestServices.GetRequiredService<IStringLocalizer<SharedText>>();
        var french = CultureInfo.CurrentUICulture.IsFrench();
        o.Title = text["api.title"];
        o.OpenApiRoutePattern = "/openapi/{documentName}.json";
        o.Localization = new ScalarLocalizationOptions { Locale = french ? "fr" : "en" };
        o.DefaultFonts = false;
        o.Telemetry = false;
        o.HideClientButton = true;
        o.HideDarkModeToggle = true;
        o.ShowDeveloperTools = DeveloperToolsVisibility.Never;
        o.ProxyUrl = null;
        o.DisableAgent();
        o.DisableMcp();
        o.WithDefaultHttpClient(ScalarTarget.Shell, ScalarClient.Curl);
        // Scalar's page has no lang attribute: screen readers would read French with an English voice.
        o.HeadContent = $"<script>document.documentElement.lang=\"{(french ? "fr" : "en")}\"</script>";
        // Inline styles are what the reference page's own security policy allows (SecurityHeaders.ApiReferencePolicy).
        o.HeaderContent =
            $"<nav lang=\"{(french ? "fr" : "en")}\" style=\"padding:8px 16px;background:#0b5ea8;font:16px system-ui,sans-serif\">" +
            $"<a href=\"/\" style=\"color:#fff\">{WebUtility.HtmlEncode(text["api.back"])}</a></nav>";
    }
}
