using Bluehelm.Platform.Http;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Localization;

namespace Bluehelm.Modules.Conduct.Cases;

/// <summary>How a command on a case ended: done (with the case's new version) or refused with a stable code.</summary>
internal sealed record CaseResult(string? Error, int Version = 0, Guid Id = default, Dictionary<string, string[]>? Fields = null)
{
    public const string NotFound = "not-found";
    public const string Forbidden = "forbidden";
    public const string WrongStage = "wrong-stage";
    public const string Stale = "stale-version";
    public const string Invalid = "validation";

    public bool Ok => Error is null;

    public static CaseResult Done(Guid id, int version) => new(null, version, id);

    public static CaseResult Refused(string code) => new(code);

    public static CaseResult InvalidFields(FieldErrors errors) => new(Invalid, Fields: errors.ToDictionary());

    /// <summary>The problem document of a refusal: 404 for a case out of scope, 409 for stage, version and state, 400 for fields.</summary>
    public IResult ToProblem(HttpContext http) => Error switch
    {
        NotFound => ApiProblems.NotFound(http),
        Forbidden => ApiProblems.Forbidden(http),
        Invalid => ApiProblems.Validation(http, Fields ?? []),
        _ => ApiProblems.Problem(http, StatusCodes.Status409Conflict, Error!,
            http.RequestServices.GetRequiredService<IStringLocalizer<CasesText>>()["error." + Error] is { ResourceNotFound: false } text ? text.Value : null),
    };
}
