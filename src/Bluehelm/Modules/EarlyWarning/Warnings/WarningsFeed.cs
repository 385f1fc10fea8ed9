using System.Globalization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Options;

namespace Bluehelm.Modules.EarlyWarning.Warnings;

/// <summary><c>GET /feeds/warnings.atom</c>: the active warnings, public ones to anyone, the others to their mission's readers.</summary>
internal static class WarningsFeed
{
    internal static void Map(IEndpointRouteBuilder app) =>
        app.MapGet("/feeds/warnings.atom", Feed).WithName("Warnings_Feed").WithTags("Warnings")
            .WithSummary("Atom 1.0 feed of active warnings, each linking to its CAP 1.2 message: public ones to anyone, the others to their mission's readers.")
            .AllowAnonymous().Produces<string>(200, AtomFeed.MediaType);

    private static async Task<IResult> Feed(HttpContext http, WarningQueries queries, TimeProvider time, IOptions<WarningsOptions> options, CancellationToken ct)
    {
        var now = time.GetUtcNow();
        var warnings = await queries.ActiveAsync(http.User, now, ct);
        var baseUrl = $"{http.Request.Scheme}://{http.Request.Host}{http.Request.PathBase}";
        var language = CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == "fr" ? "fr" : "en";
        http.Response.Headers.Vary = "Cookie, Authorization, Accept-Language";
        return TypedResults.Text(AtomFeed.Write(warnings, baseUrl, options.Value.Host, language, now), AtomFeed.MediaType + "; charset=utf-8");
    }
}
