using Bluehelm.Platform.Http;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Localization;

namespace Bluehelm.Modules.Conduct.Intake;

/// <summary>Problems of this part whose words are its own (IntakeText <c>error.&lt;code&gt;</c>); the platform's codes keep the platform's words.</summary>
internal static class IntakeProblems
{
    public const string ReportNotFound = "report-not-found";

    public static IResult Problem(HttpContext http, int status, string code)
    {
        var text = http.RequestServices.GetRequiredService<IStringLocalizer<IntakeText>>()["error." + code];
        return text.ResourceNotFound
            ? ApiProblems.Problem(http, status, code)
            : TypedResults.Problem(title: text.Value, statusCode: status, extensions: new Dictionary<string, object?>(StringComparer.Ordinal) { ["code"] = code });
    }

    /// <summary>A 400 with each field's codes (the same shape as <see cref="ApiProblems.Validation"/>).</summary>
    public static IResult Validation(HttpContext http, IEnumerable<(string Field, string Code)> errors) =>
        ApiProblems.Validation(http, errors.GroupBy(e => e.Field, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Select(e => e.Code).Distinct(StringComparer.Ordinal).ToArray(), StringComparer.Ordinal));
}
