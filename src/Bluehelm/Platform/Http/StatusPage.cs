using System.Globalization;
using System.Text.Encodings.Web;
using Bluehelm.Platform.Localization;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Localization;

namespace Bluehelm.Platform.Http;

/// <summary>
/// The page a person sees for an error status with no body of its own (unknown address, a form
/// sent twice or expired, no access): a few hundred bytes, in the user's language, with a way home.
/// </summary>
internal static class StatusPage
{
    public static Task WriteAsync(StatusCodeContext context) => WriteAsync(context.HttpContext);

    public static async Task WriteAsync(HttpContext http)
    {
        var text = http.RequestServices.GetRequiredService<IStringLocalizer<SharedText>>();
        var (title, body) = http.Response.StatusCode switch
        {
            StatusCodes.Status400BadRequest => (text["status.400.title"], text["status.400.text"]),
            StatusCodes.Status403Forbidden => (text["denied.title"], text["denied.text"]),
            StatusCodes.Status404NotFound => (text["notfound.title"], text["notfound.text"]),
            StatusCodes.Status413PayloadTooLarge => (text["status.413.title"], text["status.413.text"]),
            StatusCodes.Status429TooManyRequests => (text["ratelimit.title"], text["ratelimit.text"]),
            _ => (text["errorpage.title"], text["errorpage.text"]),
        };

        var html = http.RequestServices.GetRequiredService<HtmlEncoder>();
        var lang = CultureInfo.CurrentUICulture.TwoLetterISOLanguageName;
        http.Response.ContentType = "text/html; charset=utf-8";
        await http.Response.WriteAsync(
            $"""
            <!DOCTYPE html>
            <html lang="{lang}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1.0">
            <title>{html.Encode(title)} · Bluehelm</title><link rel="stylesheet" href="/app.css"></head>
            <body><header class="top"><a class="brand" href="/">Bluehelm</a></header>
            <main><h1>{html.Encode(title)}</h1><p>{html.Encode(body)}</p><p><a href="/">{html.Encode(text["common.home"])}</a></p></main></body></html>
            """);
    }

    /// <summary>
    /// Checks the antiforgery token of a page form before the page runs, so an expired or replayed
    /// form gets this localized page instead of the framework's English sentence.
    /// </summary>
    public static async Task CheckFormAntiforgery(HttpContext http, RequestDelegate next)
    {
        // UseAntiforgery has already validated the token and recorded the outcome.
        if (http.Features.Get<IAntiforgeryValidationFeature>() is { IsValid: false })
        {
            http.Response.StatusCode = StatusCodes.Status400BadRequest;
            await WriteAsync(http);
            return;
        }

        await next(http);
    }
}
