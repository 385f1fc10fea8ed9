using Bluehelm.Platform.Localization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Localization;

namespace Bluehelm.Platform.Http;

/// <summary>
/// Errors of the API: RFC 9457 problem details with a stable machine-readable <c>code</c> and a
/// title in the caller's language (from <c>SharedText</c> key <c>error.&lt;code&gt;</c>).
/// </summary>
public static class ApiProblems
{
    public static ProblemHttpResult Problem(HttpContext context, int status, string code, string? detail = null, IDictionary<string, object?>? extensions = null)
    {
        var text = context.RequestServices.GetRequiredService<IStringLocalizer<SharedText>>();
        var title = text["error." + code];
        var ext = new Dictionary<string, object?>(StringComparer.Ordinal) { ["code"] = code };
        if (extensions is not null)
        {
            foreach (var (k, v) in extensions)
            {
                ext[k] = v;
            }
        }

        return TypedResults.Problem(
            title: title.ResourceNotFound ? code : title.Value,
            detail: detail,
            statusCode: status,
            extensions: ext);
    }

    public static ProblemHttpResult NotFound(HttpContext context) => Problem(context, StatusCodes.Status404NotFound, "not-found");

    public static ProblemHttpResult Forbidden(HttpContext context) => Problem(context, StatusCodes.Status403Forbidden, "forbidden");

    /// <summary>A 400 listing each invalid field with a localized message.</summary>
    public static ProblemHttpResult Validation(HttpContext context, IDictionary<string, string[]> errors) =>
        Problem(context, StatusCodes.Status400BadRequest, "validation", extensions: new Dictionary<string, object?> { ["errors"] = errors });
}
