using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Localization;
using Microsoft.AspNetCore.Routing;

namespace Bluehelm.Platform.Localization;

internal static class LocalizationEndpoints
{
    /// <summary>
    /// One click switches language: a plain link (no script, no form) that stores the choice in a
    /// cookie for a year and returns to the same page.
    /// </summary>
    public static void MapCultureSwitch(this IEndpointRouteBuilder app)
    {
        app.MapGet("/culture/{culture}", SetCulture)
            .WithName("Platform_SetCulture")
            .ExcludeFromDescription()
            .AllowAnonymous();
    }

    internal static IResult SetCulture(string culture, string? returnUrl, HttpContext context)
    {
        if (!Cultures.Supported.Contains(culture, StringComparer.OrdinalIgnoreCase))
        {
            return TypedResults.NotFound();
        }

        context.Response.Cookies.Append(
            Cultures.CookieName,
            CookieRequestCultureProvider.MakeCookieValue(new RequestCulture(culture.ToLowerInvariant())),
            new CookieOptions { MaxAge = TimeSpan.FromDays(365), IsEssential = true, HttpOnly = true, SameSite = SameSiteMode.Lax, Secure = context.Request.IsHttps });

        // Only local paths: the switch must never become an open redirect, nor throw on a path
        // LocalRedirect refuses (a tab, CR or LF after the first slash).
        return TypedResults.LocalRedirect(IsLocalPath(returnUrl) ? returnUrl! : "/");
    }

    /// <summary>
    /// A path on this site: starts with one <c>/</c> (not <c>//</c> or <c>/\</c>, which browsers read
    /// as another host), has no backslash and no control character anywhere (browsers drop tabs
    /// and line breaks, so <c>/%09/evil.example</c> would become <c>//evil.example</c>).
    /// </summary>
    internal static bool IsLocalPath(string? url) =>
        !string.IsNullOrEmpty(url)
        && url[0] == '/'
        && (url.Length == 1 || (url[1] != '/' && url[1] != '\\'))
        && !url.Any(c => char.IsControl(c) || c == '\\');
}
