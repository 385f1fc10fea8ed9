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
using Microsoft.Extensions.Options;

namespace Bluehelm.Modules.Alerts;

/// <summary>The reporter of an alert: optional, anonymous allowed, protected.</summary>
public sealed record ReporterInput([property: MaxLength(200)] string? Name, [property: MaxLength(32)] string? Phone);

/// <summary>An alert sent to <c>POST /api/v1/alerts</c>.</summary>
public sealed record RaiseAlertRequest(
    [property: Required, MaxLength(16)] string? Mission,
    DateTimeOffset? ReceivedAt,
    AlertChannel? Channel,
    [property: Range(-90.0, 90.0)] double? Latitude,
    [property: Range(-180.0, 180.0)] double? Longitude,
    [property: MaxLength(200)] string? PlaceName,
    [property: Required] ThreatType? ThreatType,
    [property: Required] Severity? Severity,
    [property: Range(0, 10_000_000)] int? PeopleAtRisk,
    [property: Range(0, 10_000_000)] int? Women,
    [property: Range(0, 10_000_000)] int? Children,
    [property: Range(0, 10_000_000)] int? Displaced,
    [property: Required, MaxLength(4000)] string? Description,
    [property: MaxLength(8)] string? Language,
    ReporterInput? Reporter);

/// <summary>
/// The answer to an accepted alert. Possible duplicates are proposed to the officer on the alert's
/// page and by <c>GET /api/v1/alerts/{id}/duplicates</c>, not here: intake answers as soon as the alert is safe.
/// </summary>
public sealed record AlertCreated(Guid Id, AlertStatus Status, int? PrioGridGid, Guid? NearestSiteId, string? NearestSite, double? NearestSiteDistanceKm);

/// <summary>A status change.</summary>
public sealed record TransitionRequest([property: Required] AlertStatus? To, [property: MaxLength(2000)] string? Reason, int? Version);

/// <summary>Units sent to an alert.</summary>
public sealed record DispatchRequest([property: Required, MinLength(1), MaxLength(20)] Guid[]? UnitIds, [property: Required] ResponseAction? Action, [property: MaxLength(2000)] string? Notes);

/// <summary>The outcome of a response.</summary>
public sealed record OutcomeRequest([property: Required] ResponseOutcome? Outcome, [property: MaxLength(2000)] string? Notes);

/// <summary>Marks an alert a duplicate of another.</summary>
public sealed record MergeRequest([property: Required] Guid? Into, [property: MaxLength(2000)] string? Reason);

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
        g.MapGet("/board", Board).WithName("Alerts_Board").WithSummary("Open alerts, overdue first.").RequireAuthorization(AlertsPolicies.Read);
        g.MapGet("/{id:guid}", Get).WithName("Alerts_Get").WithSummary("An alert with its timeline and responses.").RequireAuthorization(AlertsPolicies.Read);
        g.MapPost("/{id:guid}/transitions", Transition).WithName("Alerts_Transition").WithSummary("Move an alert to its next status.").RequireAuthorization(AlertsPolicies.Manage);
        g.MapPost("/{id:guid}/responses", Dispatch).WithName("Alerts_Dispatch").WithSummary("Send units to an alert.").RequireAuthorization(AlertsPolicies.Manage);
        g.MapPost("/{id:guid}/responses/{responseId:guid}/outcome", Outcome).WithName("Alerts_Outcome").WithSummary("Report the outcome of a response.").RequireAuthorization(AlertsPolicies.Read);
        g.MapPost("/{id:guid}/merge", Merge).WithName("Alerts_Merge").WithSummary("Mark an alert a duplicate of another.").RequireAuthorization(AlertsPolicies.Manage);
        SmsIntake.Map(g);
        g.MapGet("/export", Export).WithName("Alerts_Export").WithSummary("The filtered list as CSV (format=csv) or HXL-tagged CSV (format=hxl).").RequireAuthorization(AlertsPolicies.Read);
        g.MapPost("/import", Import).WithName("Alerts_Import").WithSummary("Import a CSV file (text/csv body or multipart 'file'): all rows or none.").RequireAuthorization(AlertsPolicies.Manage).DisableAntiforgery()
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
        var body = await ReadBodyAsync(http, ct);
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

    /// <summary>Reads the body up to <see cref="MaxBodyBytes"/>; null when it is larger.</summary>
    internal static async Task<byte[]?> ReadBodyAsync(HttpContext http, CancellationToken ct)
    {
        if (http.Request.ContentLength > MaxBodyBytes)
        {
            return null;
        }

        using var buffer = new MemoryStream();
        var chunk = new byte[8192];
        int n;
        while ((n = await http.Request.Body.ReadAsync(chunk, ct)) > 0)
        {
            if (buffer.Length + n > MaxBodyBytes)
            {
                return null;
            }

            buffer.Write(chunk, 0, n);
        }

        return buffer.ToArray();
    }

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
        if (FilterFrom(mission, status, severity, threatType, from, to, bbox) is not { } filter)
        {
            return ApiProblems.Validation(http, FilterErrors(status, severity, threatType, bbox));
        }

        return TypedResults.Ok(await queries.PageAsync(http.User, filter, after, Math.Clamp(limit ?? 50, 1, 500), time.GetUtcNow(), ct));
    }

    /// <summary>Query filters; enum values are accepted in the API's own kebab-case (attack-on-civilians).</summary>
    internal static AlertFilter? FilterFrom(string? mission, string? status, string? severity, string? threatType, DateTimeOffset? from, DateTimeOffset? to, string? bbox)
    {
        if (FilterErrors(status, severity, threatType, bbox).Count > 0)
        {
            return null;
        }

        TryBbox(bbox, out var box);
        return new AlertFilter(
            mission, AlertCsv.ParseEnum<AlertStatus>(status), AlertCsv.ParseEnum<Severity>(severity), AlertCsv.ParseEnum<ThreatType>(threatType),
            from, to, box?.S, box?.W, box?.N, box?.E);
    }

    private static Dictionary<string, string[]> FilterErrors(string? status, string? severity, string? threatType, string? bbox)
    {
        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        if (!string.IsNullOrEmpty(status) && AlertCsv.ParseEnum<AlertStatus>(status) is null)
        {
            errors["status"] = ["invalid"];
        }

        if (!string.IsNullOrEmpty(severity) && AlertCsv.ParseEnum<Severity>(severity) is null)
        {
            errors["severity"] = ["invalid"];
        }

        if (!string.IsNullOrEmpty(threatType) && AlertCsv.ParseEnum<ThreatType>(threatType) is null)
        {
            errors["threatType"] = ["invalid"];
        }

        if (!TryBbox(bbox, out _))
        {
            errors["bbox"] = ["invalid"];
        }

        return errors;
    }

    /// <summary>Parses "south,west,north,east" in decimal degrees.</summary>
    internal static bool TryBbox(string? text, out (double S, double W, double N, double E)? box)
    {
        box = null;
        if (string.IsNullOrWhiteSpace(text))
        {
            return true;
        }

        var parts = text.Split(',');
        var values = new double[4];
        if (parts.Length != 4)
        {
            return false;
        }

        for (var i = 0; i < 4; i++)
        {
            if (!double.TryParse(parts[i], System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out values[i]))
            {
                return false;
            }
        }

        if (!Platform.Geo.GeoMath.IsValid(values[0], values[1]) || !Platform.Geo.GeoMath.IsValid(values[2], values[3]) || values[0] > values[2] || values[1] > values[3])
        {
            return false;
        }

        box = (values[0], values[1], values[2], values[3]);
        return true;
    }

    internal static async Task<IResult> Export(
        HttpContext http, AlertCsv csv, AlertQueries queries, string? format, string? mission, string? status, string? severity, string? threatType,
        DateTimeOffset? from, DateTimeOffset? to, string? bbox, CancellationToken ct)
    {
        if (FilterFrom(mission, status, severity, threatType, from, to, bbox) is not { } filter)
        {
            return ApiProblems.Validation(http, FilterErrors(status, severity, threatType, bbox));
        }

        var hxl = string.Equals(format, "hxl", StringComparison.OrdinalIgnoreCase);
        if (!hxl && format is not null && !string.Equals(format, "csv", StringComparison.OrdinalIgnoreCase))
        {
            return ApiProblems.Validation(http, new Dictionary<string, string[]> { ["format"] = ["invalid"] });
        }

        http.Response.ContentType = "text/csv; charset=utf-8";
        http.Response.Headers.ContentDisposition = $"attachment; filename=\"alerts{(hxl ? "-hxl" : "")}.csv\"";
        await csv.ExportAsync(http.Response.Body, http.User, queries, filter, hxl, ct);
        return TypedResults.Empty;
    }

    internal static async Task<IResult> Import(HttpContext http, AlertCsv csv, string? mission, CancellationToken ct)
    {
        const long maxBytes = 32L * 1024 * 1024;
        if (http.Request.ContentLength > maxBytes)
        {
            return ApiProblems.Problem(http, StatusCodes.Status413PayloadTooLarge, "too-large");
        }

        Stream content;
        string name;
        if (http.Request.HasFormContentType)
        {
            var form = await http.Request.ReadFormAsync(ct);
            var file = form.Files.GetFile("file");
            if (file is null)
            {
                return ApiProblems.Validation(http, new Dictionary<string, string[]> { ["file"] = ["required"] });
            }

            content = file.OpenReadStream();
            name = Path.GetFileName(file.FileName);
        }
        else
        {
            // Buffered here, asynchronously: the CSV reader reads synchronously.
            var buffer = new MemoryStream();
            await http.Request.Body.CopyToAsync(buffer, ct);
            if (buffer.Length > maxBytes)
            {
                return ApiProblems.Problem(http, StatusCodes.Status413PayloadTooLarge, "too-large");
            }

            buffer.Position = 0;
            content = buffer;
            name = "upload.csv";
        }

        await using (content)
        {
            var result = await csv.ImportAsync(name, content, mission, http.User, ActorOf(http), ct);
            return result.Errors.Count == 0
                ? TypedResults.Ok(result)
                : ApiProblems.Problem(http, StatusCodes.Status400BadRequest, "csv-rejected", extensions: new Dictionary<string, object?> { ["errors"] = result.Errors });
        }
    }

    internal static async Task<Ok<IReadOnlyList<AlertSummary>>> Board(HttpContext http, AlertQueries queries, TimeProvider time, string? mission, CancellationToken ct) =>
        TypedResults.Ok(await queries.BoardAsync(http.User, mission, time.GetUtcNow(), ct));

    internal static async Task<Results<Ok<AlertDetail>, ProblemHttpResult>> Get(Guid id, HttpContext http, AlertQueries queries, CancellationToken ct) =>
        await queries.GetAsync(http.User, id, ct) is { } a ? TypedResults.Ok(a) : ApiProblems.NotFound(http);

    internal static async Task<IResult> Transition(Guid id, TransitionRequest request, HttpContext http, AlertCommands commands, AlertQueries queries, CancellationToken ct)
    {
        return await Act(http, queries, id, request, () => commands.ChangeStatusAsync(http.User, ActorOf(http), id, request.To!.Value, request.Reason, request.Version, ct), ct);
    }

    internal static async Task<IResult> Dispatch(Guid id, DispatchRequest request, HttpContext http, AlertCommands commands, AlertQueries queries, CancellationToken ct)
    {
        return await Act(http, queries, id, request, () => commands.DispatchAsync(http.User, ActorOf(http), id, request.UnitIds!, request.Action!.Value, request.Notes, ct), ct);
    }

    internal static async Task<IResult> Outcome(Guid id, Guid responseId, OutcomeRequest request, HttpContext http, AlertCommands commands, AlertQueries queries, CancellationToken ct)
    {
        return await Act(http, queries, id, request, () => commands.RecordOutcomeAsync(http.User, ActorOf(http), id, responseId, request.Outcome!.Value, request.Notes, ct), ct);
    }

    internal static async Task<IResult> Merge(Guid id, MergeRequest request, HttpContext http, AlertCommands commands, AlertQueries queries, CancellationToken ct)
    {
        return await Act(http, queries, id, request, () => commands.MergeAsync(http.User, ActorOf(http), id, request.Into!.Value, request.Reason, ct), ct);
    }

    internal static async Task<Ok<IReadOnlyList<JocNotice>>> Notifications(HttpContext http, AlertQueries queries, CancellationToken ct) =>
        TypedResults.Ok(await queries.NotificationsAsync(http.User, ct));

    internal static async Task<IResult> Acknowledge(Guid id, HttpContext http, AlertCommands commands, CancellationToken ct) =>
        await commands.AcknowledgeAsync(http.User, id, ct) switch
        {
            CommandError.None => TypedResults.NoContent(),
            CommandError.Forbidden => ApiProblems.Forbidden(http),
            _ => ApiProblems.NotFound(http),
        };

    internal static async Task<Results<Ok<Guid[]>, ProblemHttpResult>> Duplicates(Guid id, HttpContext http, BluehelmDbContext db, AlertIntake intake, CancellationToken ct)
    {
        var alert = await db.Set<Alert>().AsNoTracking().Where(a => a.Id == id).Visible(http.User, db).SingleOrDefaultAsync(ct);
        if (alert is null)
        {
            return ApiProblems.NotFound(http);
        }

        return TypedResults.Ok((await intake.PossibleDuplicatesAsync(alert, ct)).Select(d => d.Id).ToArray());
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
        _ => ApiProblems.Problem(http, StatusCodes.Status400BadRequest, "invalid-target"),
    };
}
