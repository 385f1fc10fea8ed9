using System.Security.Cryptography;
using System.Text.Json;
using Bluehelm.Modules.Missions.Contracts;
using Bluehelm.Platform.Http;
using Bluehelm.Platform.Idempotency;
using Bluehelm.Platform.Identity;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;

namespace Bluehelm.Modules.EarlyWarning.Warnings;

/// <summary>The API of early warnings under <c>/api/v1/warnings</c>, and inbound CAP under <c>/api/v1/warnings/cap</c>.</summary>
internal static class WarningsApi
{
    internal static void Map(RouteGroupBuilder api)
    {
        var g = api.MapGroup("/warnings").WithTags("Warnings");
        g.MapPost("/", Draft).WithName("Warnings_Draft").WithSummary("Draft a warning (POC advisers of the mission). Honors Idempotency-Key.")
            .RequireAuthorization(EarlyWarningPolicies.Warn).Accepts<WarningRequest>("application/json").Produces<WarningDto>(201).ProducesProblem(400).ProducesProblem(403);
        g.MapGet("/", List).WithName("Warnings_List").WithSummary("The warnings of the caller's missions, newest first.").RequireAuthorization(EarlyWarningPolicies.Read).Produces<IReadOnlyList<WarningDto>>();
        g.MapGet("/{id:guid}", Get).WithName("Warnings_Get").WithSummary("A warning with its issued CAP messages.").RequireAuthorization(EarlyWarningPolicies.Read).Produces<WarningDto>().ProducesProblem(404);
        g.MapPut("/{id:guid}", Update).WithName("Warnings_Update").WithSummary("Edit a draft, or an issued warning (a second POC adviser then approves it as a CAP Update).")
            .RequireAuthorization(EarlyWarningPolicies.Warn).Produces<WarningDto>().ProducesProblem(400).ProducesProblem(403).ProducesProblem(404).ProducesProblem(409);
        g.MapPost("/{id:guid}/approve", Approve).WithName("Warnings_Approve").WithSummary("Approve a draft (CAP Alert) or a pending update (CAP Update); never one's own text.")
            .RequireAuthorization(EarlyWarningPolicies.Warn).Produces<WarningDto>().ProducesProblem(403).ProducesProblem(404).ProducesProblem(409);
        g.MapPost("/{id:guid}/cancel", Cancel).WithName("Warnings_Cancel").WithSummary("Cancel a warning (CAP Cancel referencing every earlier message).")
            .RequireAuthorization(EarlyWarningPolicies.Warn).Produces<WarningDto>().ProducesProblem(403).ProducesProblem(404).ProducesProblem(409);
        g.MapGet("/{id:guid}/cap", Cap).WithName("Warnings_Cap").WithSummary("The latest issued CAP 1.2 message (public warnings to anyone).")
            .AllowAnonymous().Produces<string>(200, CapWriter.MediaType).ProducesProblem(404);
        g.MapPost("/cap", Receive).WithName("Warnings_ReceiveCap").WithSummary("Take in a CAP 1.2 alert from another system: 201 new, 200 already received, 400/413 refused, 422 invalid with its reasons.")
            .RequireAuthorization(EarlyWarningPolicies.CapIntake).DisableAntiforgery()
            .Produces<ReceivedCapDto>(201).ProducesProblem(400).ProducesProblem(413).ProducesProblem(422);
        g.MapPost("/cap/{id:guid}/alert", ToAlert).WithName("Warnings_CapToAlert").WithSummary("Turn a received CAP alert into a Bluehelm alert of the mission whose country holds it (once).")
            .RequireAuthorization(EarlyWarningPolicies.CapIntake).Produces<CapAlertDto>(201).ProducesProblem(403).ProducesProblem(404).ProducesProblem(409);
    }

    internal static WarningActor ActorOf(HttpContext http) => new(http.User.UserId(), http.User.Identity?.Name ?? "unknown");

    private static async Task<IResult> Draft(HttpContext http, DraftWarningHandler handler, IMissionDirectory missions, TimeProvider time, IOptions<Microsoft.AspNetCore.Http.Json.JsonOptions> json, CancellationToken ct)
    {
        var (request, body, problem) = await ReadJsonAsync(http, json.Value.SerializerOptions, ct);
        if (problem is not null)
        {
            return problem;
        }

        var errors = WarningValidation.Check(request!, time.GetUtcNow(), out var area);
        if (errors.Count > 0)
        {
            return ApiProblems.Validation(http, WarningValidation.ByField(errors));
        }

        var mission = await missions.FindAsync(request!.Mission!, ct);
        if (mission is null)
        {
            return ApiProblems.Problem(http, 400, "unknown-mission");
        }

        if (!WarningAccess.MayWarn(http.User, mission.Code))
        {
            return ApiProblems.Forbidden(http);
        }

        var key = http.Request.Headers["Idempotency-Key"].ToString();
        if (key.Length > 100)
        {
            return ApiProblems.Validation(http, new Dictionary<string, string[]> { ["Idempotency-Key"] = ["too-long"] });
        }

        var idempotency = key.Length == 0 ? null : new IdempotencyKey("user:" + http.User.UserId()?.ToString("N"), "warning:" + key, Convert.ToHexStringLower(SHA256.HashData(body!)));
        var warning = await handler.HandleAsync(new DraftWarning(request, area!, mission, ActorOf(http), idempotency), ct);
        return TypedResults.Created($"/api/v1/warnings/{warning.Id}", WarningDto.Of(warning));
    }

    private static async Task<IResult> List(HttpContext http, WarningQueries queries, CancellationToken ct) =>
        TypedResults.Ok((await queries.ListAsync(http.User, ct)).Select(WarningDto.Of).ToList());

    private static async Task<IResult> Get(Guid id, HttpContext http, WarningQueries queries, CancellationToken ct) =>
        await queries.GetAsync(http.User, id, ct) is { } w ? TypedResults.Ok(WarningDto.Of(w)) : ApiProblems.NotFound(http);

    private static async Task<IResult> Update(Guid id, HttpContext http, UpdateWarningHandler handler, WarningQueries queries, TimeProvider time, IOptions<Microsoft.AspNetCore.Http.Json.JsonOptions> json, CancellationToken ct)
    {
        var (request, _, problem) = await ReadJsonAsync(http, json.Value.SerializerOptions, ct);
        if (problem is not null)
        {
            return problem;
        }

        // The mission is the warning's own; a request need not repeat it.
        var existing = await queries.GetAsync(http.User, id, ct);
        if (existing is null)
        {
            return ApiProblems.NotFound(http);
        }

        var errors = WarningValidation.Check(request! with { Mission = existing.MissionCode }, time.GetUtcNow(), out var area);
        if (errors.Count > 0)
        {
            return ApiProblems.Validation(http, WarningValidation.ByField(errors));
        }

        return Answer(http, await handler.HandleAsync(new UpdateWarning(id, request!, area!, http.User, ActorOf(http)), ct));
    }

    private static async Task<IResult> Approve(Guid id, HttpContext http, ApproveWarningHandler handler, CancellationToken ct) =>
        Answer(http, await handler.HandleAsync(new ApproveWarning(id, http.User, ActorOf(http)), ct));

    private static async Task<IResult> Cancel(Guid id, HttpContext http, CancelWarningHandler handler, CancellationToken ct)
    {
        CancelRequest? request = null;
        if (http.Request.ContentLength is > 0 || http.Request.Headers.TransferEncoding.Count > 0)
        {
            try
            {
                request = await http.Request.ReadFromJsonAsync<CancelRequest>(ct);
            }
            catch (JsonException)
            {
                return ApiProblems.Problem(http, 400, "invalid-json");
            }
        }

        if (request?.Reason?.Length > CancelWarningHandler.MaxReason)
        {
            return ApiProblems.Validation(http, new Dictionary<string, string[]> { ["reason"] = ["too-long"] });
        }

        return Answer(http, await handler.HandleAsync(new CancelWarning(id, request?.Reason, http.User, ActorOf(http)), ct));
    }

    private static async Task<IResult> Cap(Guid id, HttpContext http, WarningQueries queries, CancellationToken ct) =>
        await queries.LatestMessageAsync(http.User, id, ct) is { } m
            ? TypedResults.Text(m.Xml, CapWriter.MediaType + "; charset=utf-8")
            : ApiProblems.NotFound(http);

    private static async Task<IResult> Receive(HttpContext http, ReceiveCapHandler handler, CapToAlertHandler alerts, CancellationToken ct)
    {
        var body = await RequestBody.ReadUpToAsync(http, CapReader.MaxBytes, ct);
        if (body is null)
        {
            return ApiProblems.Problem(http, 413, "too-large");
        }

        var result = await handler.HandleAsync(new ReceiveCap(body, ActorOf(http)), ct);
        if (result.Received is not { } received)
        {
            return CapRefusal(http, result.Read);
        }

        var dto = await DtoAsync(received, result.Created, alerts, ct);
        return result.Created ? TypedResults.Created($"/warnings/cap/{received.Id}", dto) : TypedResults.Ok(dto);
    }

    internal static async Task<ReceivedCapDto> DtoAsync(ReceivedCap r, bool created, CapToAlertHandler alerts, CancellationToken ct) =>
        new(r.Id, r.Sender, r.Identifier, r.Sent, r.MsgType, r.Status, r.Scope, r.Headline, r.Urgency, r.Severity, r.Certainty, r.AreaDesc, r.Latitude, r.Longitude,
            r.InfoCount, r.AreaCount, r.Signed, SignatureVerified: false, (await alerts.MissionOfAsync(r, ct))?.Code, r.AlertId, created);

    /// <summary>400 (too-large 413) for a document refused before validation, 422 with every reason for one that is not valid CAP 1.2.</summary>
    internal static IResult CapRefusal(HttpContext http, CapReadResult read)
    {
        var status = read.Code switch { "too-large" => 413, "invalid-cap" => 422, _ => 400 };
        return ApiProblems.Problem(http, status, read.Code!, read.Problems.FirstOrDefault()?.Message, new Dictionary<string, object?> { ["problems"] = read.Problems });
    }

    private static async Task<IResult> ToAlert(Guid id, HttpContext http, CapToAlertHandler handler, CancellationToken ct)
    {
        var result = await handler.HandleAsync(new CapToAlert(id, http.User, ActorOf(http)), ct);
        if (result.AlertId is not { } alert)
        {
            return Problem(http, result.Status, result.Code!);
        }

        var dto = new CapAlertDto(alert, result.Created);
        return result.Created ? TypedResults.Created($"/api/v1/alerts/{alert}", dto) : TypedResults.Ok(dto);
    }

    private static IResult Answer(HttpContext http, WarningResult result) =>
        result.Warning is { } w ? TypedResults.Ok(WarningDto.Of(w)) : Problem(http, result.Status, result.Code!);

    /// <summary>A problem document whose detail is the warnings' own localized sentence for <paramref name="code"/>.</summary>
    private static IResult Problem(HttpContext http, int status, string code)
    {
        var text = http.RequestServices.GetRequiredService<IStringLocalizer<WarningsText>>()["error." + code];
        return ApiProblems.Problem(http, status, code, text.ResourceNotFound ? null : text.Value);
    }

    private static async Task<(WarningRequest? Request, byte[]? Body, IResult? Problem)> ReadJsonAsync(HttpContext http, JsonSerializerOptions options, CancellationToken ct)
    {
        var body = await RequestBody.ReadUpToAsync(http, 64 * 1024, ct);
        if (body is null)
        {
            return (null, null, ApiProblems.Problem(http, 413, "too-large"));
        }

        try
        {
            return JsonSerializer.Deserialize<WarningRequest>(body, options) is { } r ? (r, body, null) : (null, null, ApiProblems.Problem(http, 400, "invalid-json"));
        }
        catch (JsonException)
        {
            return (null, null, ApiProblems.Problem(http, 400, "invalid-json"));
        }
    }
}
