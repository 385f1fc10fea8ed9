using Bluehelm.Modules.Alerts.Contracts;
using System.ComponentModel.DataAnnotations;
using System.Security.Cryptography;
using System.Text.Json;
using Bluehelm.Modules.Missions.Contracts;
using Bluehelm.Platform.Data;
using Bluehelm.Platform.Http;
using Bluehelm.Platform.Idempotency;
using Bluehelm.Platform.Identity;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;

namespace Bluehelm.Modules.Alerts;

/// <summary>HTTP API of the Alerts module under <c>/api/v1/alerts</c>.</summary>
public static class AlertsApi
{
    /// <summary>Largest JSON body accepted for one alert.</summary>
    public const int MaxBodyBytes = 64 * 1024;

    internal static void Map(RouteGroupBuilder api)
    {
        var g = api.MapGroup("/alerts").WithTags("Alerts");
        g.MapPost("/", Raise).WithName("Alerts_Raise").WithSummary("Take in an alert. Honors Idempotency-Key.").RequireAuthorization(AlertsPolicies.Manage)
            .Accepts<RaiseAlertRequest>("application/json").Produces<AlertCreated>(StatusCodes.Status201Created).ProducesProblem(400).ProducesProblem(409);
        g.MapGet("/", List).WithName("Alerts_List").WithSummary("Alerts visible to the caller, newest first, keyset-paged.").RequireAuthorization(AlertsPolicies.Read);
        g.MapGet("/board", Board).WithName("Alerts_Board").WithSummary("The first 500 open alerts: overdue first, then by severity and age.").RequireAuthorization(AlertsPolicies.Read);
        g.MapGet("/board/version", AlertBoardEndpoints.Version).WithName("Alerts_BoardVersion")
            .WithSummary("A short tag that changes when the board would; honors If-None-Match (304).").RequireAuthorization(AlertsPolicies.Read);
        g.MapGet("/{id:guid}", Get).WithName("Alerts_Get").WithSummary("An alert with its timeline and responses.").RequireAuthorization(AlertsPolicies.Read);
        g.MapPost("/{id:guid}/transitions", Transition).WithName("Alerts_Transition").WithSummary("Move an alert to its next status.").RequireAuthorization(AlertsPolicies.Manage);
        g.MapPost("/{id:guid}/responses", Dispatch).WithName("Alerts_Dispatch").WithSummary("Send units to an alert.").RequireAuthorization(AlertsPolicies.Manage);
        g.MapPost("/{id:guid}/responses/{responseId:guid}/outcome", Outcome).WithName("Alerts_Outcome").WithSummary("Report the outcome of a response.").RequireAuthorization(AlertsPolicies.Read);
        g.MapPost("/{id:guid}/responses/{responseId:guid}/on-scene", OnScene).WithName("Alerts_OnScene")
            .WithSummary("A commander marks the units of a response they command on scene; a second call changes nothing.").RequireAuthorization(AlertsPolicies.Read)
            .Produces<AlertDetail>().ProducesProblem(403).ProducesProblem(404).ProducesProblem(409);
        g.MapPost("/{id:guid}/merge", Merge).WithName("Alerts_Merge").WithSummary("Mark an alert a duplicate of another.").RequireAuthorization(AlertsPolicies.Manage);
        SmsIntake.Map(g);
        g.MapGet("/export", AlertsCsvEndpoints.Export).WithName("Alerts_Export").WithSummary("The filtered list as CSV (format=csv) or HXL-tagged CSV (format=hxl).").RequireAuthorization(AlertsPolicies.Read);
        g.MapPost("/import", AlertsCsvEndpoints.Import).WithName("Alerts_Import").WithSummary("Import a CSV file (text/csv body or multipart 'file'): all rows or none.").RequireAuthorization(AlertsPolicies.Manage).DisableAntiforgery()
            .Produces<CsvImportResult>().ProducesProblem(400);
        g.MapGet("/notifications", Notifications).WithName("Alerts_Notifications").WithSummary("Unacknowledged JOC notifications (overdue alerts), newest first.").RequireAuthorization(AlertsPolicies.Read);
        g.MapPost("/notifications/{id:guid}/acknowledge", Acknowledge).WithName("Alerts_Acknowledge").WithSummary("Mark a JOC notification seen (again: no change).").RequireAuthorization(AlertsPolicies.Manage)
            .Produces(StatusCodes.Status204NoContent).ProducesProblem(403).ProducesProblem(404);
        g.MapGet("/{id:guid}/duplicates", Duplicates).WithName("Alerts_Duplicates").WithSummary("Possible duplicates: same threat within 5 km and 6 hours.").RequireAuthorization(AlertsPolicies.Read);
    }

    internal static Actor ActorOf(HttpContext http) => new(http.User.UserId(), http.User.Identity?.Name ?? "unknown");

    /// <summary>
    /// The body is read here rather than bound, to hash it for <c>Idempotency-Key</c> and to
    /// answer malformed JSON with a code instead of an exception.
    /// </summary>
    internal static async Task<IResult> Raise(HttpContext http, RaiseAlertHandler raise, IMissionDirectory missions, BluehelmDbContext db, TimeProvider time, IOptions<Microsoft.AspNetCore.Http.Json.JsonOptions> json, CancellationToken ct)
    {
        var body = await RequestBody.ReadUpToAsync(http, MaxBodyBytes, ct);
        if (body is null)
        {
            return ApiProblems.Problem(http, StatusCodes.Status413PayloadTooLarge, "too-large");
        }

        RaiseAlertRequest? request;
        try
        {
            request = JsonSerializer.Deserialize<RaiseAlertRequest>(body, json.Value.SerializerOptions);
        }
        catch (JsonException)
        {
            return ApiProblems.Problem(http, StatusCodes.Status400BadRequest, "invalid-json");
        }

        if (request is null)
        {
            return ApiProblems.Problem(http, StatusCodes.Status400BadRequest, "invalid-json");
        }

        var errors = Validation.Check(request);
        ValidatePlace(request, errors);
        RaiseAlertValidation.AddTo(
            errors, f => f switch { RaiseAlertValidation.ReporterName => "reporter.name", RaiseAlertValidation.ReporterPhone => "reporter.phone", _ => f },
            request.Description, request.PlaceName, request.Language, request.Reporter?.Name, request.Reporter?.Phone);
        var now = time.GetUtcNow();
        if (request.ReceivedAt is { } received && received > now.AddMinutes(5))
        {
            errors["receivedAt"] = ["in-future"];
        }

        if (errors.Count > 0)
        {
            return ApiProblems.Validation(http, errors);
        }

        var mission = await missions.FindAsync(request.Mission!, ct);
        if (mission is null)
        {
            return ApiProblems.Problem(http, StatusCodes.Status400BadRequest, "unknown-mission");
        }

        if (!AlertAccess.MayManage(http.User, mission.Code))
        {
            return ApiProblems.Forbidden(http);
        }

        var key = http.Request.Headers["Idempotency-Key"].ToString();
        if (key.Length > 128)
        {
            return ApiProblems.Validation(http, new Dictionary<string, string[]> { ["Idempotency-Key"] = ["too-long"] });
        }

        var idempotency = key.Length == 0 ? null : new IdempotencyKey("user:" + http.User.UserId()?.ToString("N"), key, Convert.ToHexStringLower(SHA256.HashData(body)));
        var raised = await raise.HandleFastAsync(new RaiseAlert(NewAlertOf(request, mission, now), ActorOf(http), idempotency), ct);
        if (raised.Created is { } alert)
        {
            return Created(alert);
        }

        // A retry, or a concurrent request with the same key that won: answered as the first one was.
        return raised.Earlier!.SameRequestAs(idempotency!)
            ? Created(await db.Set<Alert>().AsNoTracking().SingleAsync(a => a.Id == raised.AlertId, ct))
            : ApiProblems.Problem(http, StatusCodes.Status409Conflict, "idempotency-conflict");
    }

    private static NewAlert NewAlertOf(RaiseAlertRequest request, MissionRef mission, DateTimeOffset now) =>
        new(
            mission, request.ReceivedAt ?? now, request.Channel ?? AlertChannel.Api, request.Latitude, request.Longitude, request.PlaceName,
            request.ThreatType!.Value, request.Severity!.Value, request.PeopleAtRisk, request.Women, request.Children, request.Displaced,
            request.Description!, request.Language, request.Reporter?.Name, request.Reporter?.Phone);

    private static IResult Created(Alert alert) =>
        TypedResults.Created(
            $"/api/v1/alerts/{alert.Id}",
            new AlertCreated(alert.Id, alert.Status, alert.PrioGridGid, alert.NearestSiteId, alert.NearestSiteName, alert.NearestSiteDistanceKm));

    internal static void ValidatePlace(RaiseAlertRequest r, Dictionary<string, string[]> errors)
    {
        if (r.Latitude is null != r.Longitude is null)
        {
            errors[r.Latitude is null ? "latitude" : "longitude"] = ["required-with-other-coordinate"];
        }

        if (r.Latitude is null && r.Longitude is null && string.IsNullOrWhiteSpace(r.PlaceName))
        {
            errors["placeName"] = ["place-or-coordinates-required"];
        }

        if (r.Women > r.PeopleAtRisk || r.Children > r.PeopleAtRisk || r.Displaced > r.PeopleAtRisk)
        {
            errors["peopleAtRisk"] = ["less-than-part"];
        }
    }

    internal static async Task<Results<Ok<AlertPage>, ProblemHttpResult>> List(
        HttpContext http, AlertQueries queries, TimeProvider time, string? mission, string? status, string? severity, string? threatType,
        DateTimeOffset? from, DateTimeOffset? to, string? bbox, string? after, int? limit, CancellationToken ct)
    {
        if (AlertFilterQuery.FilterFrom(mission, status, severity, threatType, from, to, bbox) is not { } filter)
        {
            return ApiProblems.Validation(http, AlertFilterQuery.FilterErrors(status, severity, threatType, bbox));
        }

        return TypedResults.Ok(await queries.PageAsync(http.User, filter, after, Math.Clamp(limit ?? 50, 1, 500), time.GetUtcNow(), ct));
    }

    internal static async Task<Ok<IReadOnlyList<AlertSummary>>> Board(HttpContext http, AlertQueries queries, TimeProvider time, string? mission, CancellationToken ct) =>
        TypedResults.Ok(await queries.BoardAsync(http.User, mission, time.GetUtcNow(), ct));

    internal static async Task<Results<Ok<AlertDetail>, ProblemHttpResult>> Get(Guid id, HttpContext http, AlertQueries queries, CancellationToken ct) =>
        await queries.GetAsync(http.User, id, ct) is { } a ? TypedResults.Ok(a) : ApiProblems.NotFound(http);

    internal static async Task<IResult> Transition(Guid id, TransitionRequest request, HttpContext http, ChangeAlertStatusHandler handler, AlertQueries queries, CancellationToken ct) =>
        await Act(http, queries, id, request, () => handler.HandleAsync(http.User, ActorOf(http), new ChangeAlertStatus(id, request.To!.Value, request.Reason, request.Version), ct), ct);

    internal static async Task<IResult> Dispatch(Guid id, DispatchRequest request, HttpContext http, DispatchUnitsHandler handler, AlertQueries queries, CancellationToken ct) =>
        await Act(http, queries, id, request, () => handler.HandleAsync(http.User, ActorOf(http), new DispatchUnits(id, request.UnitIds!, request.Action!.Value, request.Notes), ct), ct);

    internal static async Task<IResult> Outcome(Guid id, Guid responseId, OutcomeRequest request, HttpContext http, RecordOutcomeHandler handler, AlertQueries queries, CancellationToken ct) =>
        await Act(http, queries, id, request, () => handler.HandleAsync(http.User, ActorOf(http), new RecordOutcome(id, responseId, request.Outcome!.Value, request.Notes), ct), ct);

    internal static async Task<IResult> OnScene(Guid id, Guid responseId, HttpContext http, MarkUnitOnSceneHandler handler, AlertQueries queries, CancellationToken ct) =>
        await ToResult(http, queries, id, await handler.HandleAsync(http.User, ActorOf(http), new MarkUnitOnScene(id, responseId), ct), ct);

    internal static async Task<IResult> Merge(Guid id, MergeRequest request, HttpContext http, MergeAlertHandler handler, AlertQueries queries, CancellationToken ct) =>
        await Act(http, queries, id, request, () => handler.HandleAsync(http.User, ActorOf(http), new MergeAlert(id, request.Into!.Value, request.Reason), ct), ct);

    internal static async Task<Ok<IReadOnlyList<JocNotice>>> Notifications(HttpContext http, AlertQueries queries, CancellationToken ct) =>
        TypedResults.Ok(await queries.NotificationsAsync(http.User, ct));

    internal static async Task<IResult> Acknowledge(Guid id, HttpContext http, AcknowledgeNotificationHandler handler, CancellationToken ct) =>
        await handler.HandleAsync(http.User, new AcknowledgeNotification(id), ct) switch
        {
            CommandError.None => TypedResults.NoContent(),
            CommandError.Forbidden => ApiProblems.Forbidden(http),
            _ => ApiProblems.NotFound(http),
        };

    internal static async Task<Results<Ok<Guid[]>, ProblemHttpResult>> Duplicates(Guid id, HttpContext http, BluehelmDbContext db, IMissionDirectory missions, AlertIntake intake, CancellationToken ct)
    {
        var alert = await (await db.Set<Alert>().AsNoTracking().Where(a => a.Id == id).VisibleAsync(http.User, missions, ct)).SingleOrDefaultAsync(ct);
        if (alert is null)
        {
            return ApiProblems.NotFound(http);
        }

        // Proposals pass through the same visibility rule: a commander learns no id of an alert he may not open.
        var proposed = (await intake.PossibleDuplicatesAsync(alert, ct)).Select(d => d.Id).ToList();
        var visible = proposed.Count == 0
            ? []
            : await (await db.Set<Alert>().AsNoTracking().Where(a => proposed.Contains(a.Id)).VisibleAsync(http.User, missions, ct)).Select(a => a.Id).ToListAsync(ct);
        return TypedResults.Ok(proposed.Where(visible.Contains).ToArray());
    }

    /// <summary>Validates a command's request, runs the command, and answers with the alert or a problem code.</summary>
    private static async Task<IResult> Act(HttpContext http, AlertQueries queries, Guid id, object request, Func<Task<CommandError>> command, CancellationToken ct)
    {
        var errors = Validation.Check(request);
        return errors.Count > 0 ? ApiProblems.Validation(http, errors) : await ToResult(http, queries, id, await command(), ct);
    }

    private static async Task<IResult> ToResult(HttpContext http, AlertQueries queries, Guid id, CommandError error, CancellationToken ct) => error switch
    {
        CommandError.None => TypedResults.Ok(await queries.GetAsync(http.User, id, ct)),
        CommandError.NotFound => ApiProblems.NotFound(http),
        CommandError.Forbidden => ApiProblems.Forbidden(http),
        CommandError.IllegalTransition => ApiProblems.Problem(http, StatusCodes.Status409Conflict, "illegal-transition"),
        CommandError.Conflict => ApiProblems.Problem(http, StatusCodes.Status409Conflict, "concurrent-change"),
        CommandError.UnknownUnit => ApiProblems.Problem(http, StatusCodes.Status400BadRequest, "unknown-unit"),
        CommandError.ResponseClosed => ApiProblems.Problem(http, StatusCodes.Status409Conflict, "response-closed", http.RequestServices.GetRequiredService<IStringLocalizer<AlertsText>>()["command.responseclosed"]),
        _ => ApiProblems.Problem(http, StatusCodes.Status400BadRequest, "invalid-target"),
    };
}
