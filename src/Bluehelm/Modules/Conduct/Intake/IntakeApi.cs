using System.Security.Cryptography;
using System.Text.Json;
using Bluehelm.Modules.Missions.Contracts;
using Bluehelm.Platform.Hosting;
using Bluehelm.Platform.Http;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Options;

namespace Bluehelm.Modules.Conduct.Intake;

/// <summary>The Intake part's endpoints under <c>/api/v1/conduct</c>: anonymous reports and their status, victim assistance, screening.</summary>
internal static class IntakeApi
{
    /// <summary>Largest JSON body of an anonymous report or status check.</summary>
    public const int MaxBodyBytes = 64 * 1024;

    public static void Map(RouteGroupBuilder api)
    {
        var g = api.MapGroup("/conduct").WithTags("Conduct");
        g.MapPost("/reports", Report).WithName("Conduct_Report")
            .WithSummary("An anonymous report: answers with the case reference and, once, the secret to check its status. Honors Idempotency-Key.")
            .AllowAnonymous().DisableAntiforgery().RequireRateLimiting(RateLimitingSetup.PublicReport)
            .WithMetadata(new RateLimitTextAttribute(typeof(IntakeText), "limit.report.title", "limit.report.text"))
            .Accepts<ReportRequest>("application/json").Produces<ReportReceived>(StatusCodes.Status201Created).Produces<ReportReceived>()
            .ProducesProblem(400).ProducesProblem(409).ProducesProblem(413).ProducesProblem(429);
        g.MapPost("/reports/status", Status).WithName("Conduct_ReportStatus")
            .WithSummary("The status of a report, for its reference and secret; an unknown reference and a wrong secret give the same 404.")
            .AllowAnonymous().DisableAntiforgery().RequireRateLimiting(RateLimitingSetup.PublicReportStatus)
            .WithMetadata(new RateLimitTextAttribute(typeof(IntakeText), "limit.status.title", "limit.status.text"))
            .Accepts<StatusRequest>("application/json").Produces<ReportStatus>().ProducesProblem(400).ProducesProblem(404).ProducesProblem(429);
        g.MapGet("/cases/{id:guid}/assistance", ReadAssistance).WithName("Conduct_Assistance")
            .WithSummary("A case's victims (counts, age group, sex; identities sealed) and the assistance requested and received.")
            .RequireAuthorization(ConductPolicies.Victims).Produces<AssistanceView>().ProducesProblem(403).ProducesProblem(404);
        g.MapPost("/cases/{id:guid}/assistance", RecordAssistance).WithName("Conduct_RecordAssistance")
            .WithSummary("Record a service requested for a victim of the case; the same service, provider, victim and day again answers with the first record.")
            .RequireAuthorization(ConductPolicies.Victims).Produces<AssistanceItem>(StatusCodes.Status201Created).Produces<AssistanceItem>().ProducesProblem(400).ProducesProblem(403).ProducesProblem(404);
        g.MapPost("/cases/{id:guid}/assistance/{aid:guid}/received", Received).WithName("Conduct_AssistanceReceived")
            .WithSummary("Mark a service received (again: no change).")
            .RequireAuthorization(ConductPolicies.Victims).Produces<AssistanceItem>().ProducesProblem(400).ProducesProblem(403).ProducesProblem(404);
        g.MapPost("/screening", Screen).WithName("Conduct_Screening")
            .WithSummary("Pre-deployment screening against substantiated cases: record found or no record. The values are not kept; the check is audited.")
            .RequireAuthorization(ConductPolicies.Screening).Produces<ScreeningResult>().ProducesProblem(400).ProducesProblem(403);
    }

    private static async Task<IResult> Report(HttpContext http, SubmitReportHandler submit, IMissionDirectory missions, TimeProvider time,
        IOptions<Microsoft.AspNetCore.Http.Json.JsonOptions> json, CancellationToken ct)
    {
        var body = await RequestBody.ReadUpToAsync(http, MaxBodyBytes, ct);
        if (body is null)
        {
            return ApiProblems.Problem(http, StatusCodes.Status413PayloadTooLarge, "too-large");
        }

        if (Read<ReportRequest>(body, json.Value.SerializerOptions) is not { } request)
        {
            return ApiProblems.Problem(http, StatusCodes.Status400BadRequest, "invalid-json");
        }

        var errors = ReportValidation.Check(request, DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime));
        if (errors.Count > 0)
        {
            return IntakeProblems.Validation(http, errors);
        }

        if (await CurrentMissionAsync(missions, request.Mission!, ct) is not { } mission)
        {
            return ApiProblems.Problem(http, StatusCodes.Status400BadRequest, "unknown-mission");
        }

        var key = http.Request.Headers["Idempotency-Key"].ToString();
        if (key.Length > 128)
        {
            return IntakeProblems.Validation(http, [("Idempotency-Key", "too-long")]);
        }

        var reportKey = key.Length == 0 ? ReportKey.None : new ReportKey("api:" + key, Convert.ToHexStringLower(SHA256.HashData(body)));
        var result = await submit.HandleAsync(new SubmitReport(request, mission, reportKey), ct);
        return result.Received switch
        {
            null => ApiProblems.Problem(http, StatusCodes.Status409Conflict, "idempotency-conflict"),
            { AlreadyReceived: true } earlier => TypedResults.Ok(earlier),
            { } created => TypedResults.Created("/conduct/report/status", created),
        };
    }

    private static async Task<IResult> Status(HttpContext http, CheckReportStatusHandler check, IOptions<Microsoft.AspNetCore.Http.Json.JsonOptions> json, CancellationToken ct)
    {
        var body = await RequestBody.ReadUpToAsync(http, MaxBodyBytes, ct);
        if (body is null)
        {
            return ApiProblems.Problem(http, StatusCodes.Status413PayloadTooLarge, "too-large");
        }

        if (Read<StatusRequest>(body, json.Value.SerializerOptions) is not { } request)
        {
            return ApiProblems.Problem(http, StatusCodes.Status400BadRequest, "invalid-json");
        }

        // A request without one of the two is malformed (400); a well-formed one that matches nothing is the one 404.
        var missing = new List<(string, string)>();
        if (string.IsNullOrWhiteSpace(request.Reference))
        {
            missing.Add(("reference", "required"));
        }

        if (string.IsNullOrWhiteSpace(request.Secret))
        {
            missing.Add(("secret", "required"));
        }

        if (missing.Count > 0)
        {
            return IntakeProblems.Validation(http, missing);
        }

        return await check.HandleAsync(request, ct) is { } status
            ? TypedResults.Ok(status)
            : IntakeProblems.Problem(http, StatusCodes.Status404NotFound, IntakeProblems.ReportNotFound);
    }

    private static async Task<IResult> ReadAssistance(Guid id, HttpContext http, ReadAssistanceHandler read, CancellationToken ct) =>
        await read.HandleAsync(http.User, id, ct) is { } view ? TypedResults.Ok(view) : ApiProblems.NotFound(http);

    private static async Task<IResult> RecordAssistance(Guid id, AssistanceRequest request, HttpContext http, RecordAssistanceHandler record, CancellationToken ct) =>
        await record.HandleAsync(http.User, id, request, ct) switch
        {
            null => ApiProblems.NotFound(http),
            { Errors.Count: > 0 } invalid => IntakeProblems.Validation(http, invalid.Errors),
            { Created: true } created => TypedResults.Created($"/api/v1/conduct/cases/{id}/assistance", created.Item),
            var same => TypedResults.Ok(same.Item),
        };

    private static async Task<IResult> Received(Guid id, Guid aid, ReceivedRequest? request, HttpContext http, MarkAssistanceReceivedHandler mark, CancellationToken ct) =>
        await mark.HandleAsync(http.User, id, aid, request ?? new ReceivedRequest(null), ct) switch
        {
            null => ApiProblems.NotFound(http),
            { Errors.Count: > 0 } invalid => IntakeProblems.Validation(http, invalid.Errors),
            var done => TypedResults.Ok(done.Item),
        };

    private static async Task<IResult> Screen(ScreeningRequest request, HttpContext http, ScreenPersonHandler screen, TimeProvider time, CancellationToken ct)
    {
        var errors = ScreenPersonHandler.Check(request, DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime));
        return errors.Count > 0 ? IntakeProblems.Validation(http, errors) : TypedResults.Ok(await screen.HandleAsync(http.User, request, ct));
    }

    /// <summary>A current mission by its code (a closed mission takes no new reports).</summary>
    public static async Task<MissionRef?> CurrentMissionAsync(IMissionDirectory missions, string code, CancellationToken ct) =>
        await missions.FindAsync(code.Trim(), ct) is { Current: true } m ? m : null;

    private static T? Read<T>(byte[] body, JsonSerializerOptions options)
        where T : class
    {
        try
        {
            return JsonSerializer.Deserialize<T>(body, options);
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
