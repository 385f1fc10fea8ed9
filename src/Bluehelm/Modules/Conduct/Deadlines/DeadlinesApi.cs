using System.Globalization;
using Bluehelm.Platform.Http;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Localization;

namespace Bluehelm.Modules.Conduct.Deadlines;

/// <summary>The Deadlines part's endpoints under <c>/api/v1/conduct</c>: the case board and the Conduct audit trail.</summary>
internal static class DeadlinesApi
{
    public static void Map(RouteGroupBuilder api)
    {
        api.MapGet("/conduct/board", Board)
            .WithName("Conduct_Board")
            .WithTags("Conduct")
            .WithSummary("The case board: open cases of the caller's missions by stage, overdue first, with their deadlines as of today.")
            .RequireAuthorization(ConductPolicies.Manage);
        api.MapGet("/conduct/audit", Audit)
            .WithName("Conduct_AuditTrail")
            .WithTags("Conduct")
            .WithSummary("The Conduct audit trail, newest first, with keyset paging (before = nextBefore): all of it for admins, their missions' cases for conduct officers.")
            .RequireAuthorization(ConductPolicies.Audit);
    }

    /// <summary>The board; <c>stage</c> is an open stage (<c>received</c>, <c>assessment</c>, <c>referred</c>, <c>investigation</c>, <c>findings</c>), <c>overdue=true</c> keeps the overdue cases.</summary>
    internal static async Task<Results<Ok<ConductBoard>, ProblemHttpResult>> Board(
        HttpContext http, CaseBoardQuery board, IStringLocalizer<DeadlinesText> text, string? mission, string? stage, string? overdue, CancellationToken ct)
    {
        var parsed = BoardFilter.ParseStage(stage);
        if (!string.IsNullOrWhiteSpace(stage) && parsed is null)
        {
            return ApiProblems.Validation(http, new Dictionary<string, string[]> { ["stage"] = [text["error.stage"]] });
        }

        if (overdue is not (null or "" or "true" or "false" or "1" or "0"))
        {
            return ApiProblems.Validation(http, new Dictionary<string, string[]> { ["overdue"] = [text["error.overdue"]] });
        }

        return TypedResults.Ok(await board.ReadAsync(http.User, new BoardFilter(mission, parsed, BoardFilter.ParseFlag(overdue)), ct));
    }

    /// <summary>
    /// The trail; <c>case</c> one case's lines (404 when the caller may not see it), <c>from</c>/<c>to</c>
    /// a day (<c>2026-11-26</c>, to included) or an ISO 8601 instant, <c>limit</c> 1 to 200 (50).
    /// </summary>
    internal static async Task<Results<Ok<ConductAuditPage>, ProblemHttpResult>> Audit(
        HttpContext http, ReadAuditTrail trail, IStringLocalizer<DeadlinesText> text,
        [Microsoft.AspNetCore.Mvc.FromQuery(Name = "case")] string? caseId, string? from, string? to, string? before, string? limit, CancellationToken ct)
    {
        var (filter, errors) = Parse(text, caseId, from, to, before, limit);
        if (errors.Count > 0)
        {
            return ApiProblems.Validation(http, errors);
        }

        return await trail.ReadAsync(http.User, filter, ct) is { } page ? TypedResults.Ok(page) : ApiProblems.NotFound(http);
    }

    /// <summary>The trail's query, read the same way by the API and the page; errors by field, localized.</summary>
    internal static (AuditTrailFilter Filter, Dictionary<string, string[]> Errors) Parse(
        IStringLocalizer<DeadlinesText> text, string? caseId, string? from, string? to, string? before, string? limit)
    {
        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        Guid? one = null;
        if (!string.IsNullOrWhiteSpace(caseId))
        {
            if (Guid.TryParse(caseId.Trim(), CultureInfo.InvariantCulture, out var g))
            {
                one = g;
            }
            else
            {
                errors["case"] = [text["error.case"]];
            }
        }

        if (!AuditTrailFilter.TryParseBound(from, end: false, out var fromAt))
        {
            errors["from"] = [text["error.date"]];
        }

        if (!AuditTrailFilter.TryParseBound(to, end: true, out var toAt))
        {
            errors["to"] = [text["error.date"]];
        }
        else if (fromAt is { } f && toAt is { } t && t <= f)
        {
            errors["to"] = [text["error.range"]];
        }

        Guid? after = null;
        if (!string.IsNullOrWhiteSpace(before))
        {
            if (Guid.TryParse(before.Trim(), CultureInfo.InvariantCulture, out var b))
            {
                after = b;
            }
            else
            {
                errors["before"] = [text["error.before"]];
            }
        }

        var size = 50;
        if (!string.IsNullOrWhiteSpace(limit) && (!Bluehelm.Platform.Localization.Numbers.TryParseCount(limit, out size) || size < 1 || size > AuditTrailFilter.MaxLimit))
        {
            errors["limit"] = [text["error.limit", AuditTrailFilter.MaxLimit]];
        }

        return (new AuditTrailFilter(one, fromAt, toAt, after, size), errors);
    }
}
