using System.Text.Json;
using Bluehelm.Modules.Conduct.Domain;
using Bluehelm.Platform.Http;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Bluehelm.Modules.Conduct.Cases;

/// <summary>The Cases part's endpoints under <c>/api/v1/conduct</c>: intake, the lifecycle acts, reads, reveals, the trail.</summary>
internal static class CasesApi
{
    public const int MaxBodyBytes = 256 * 1024;

    /// <summary>A command's answer: the case and its new version (send it with the next act).</summary>
    internal sealed record CommandDone(Guid Id, int Version);

    /// <summary>A recorded case.</summary>
    internal sealed record CaseCreated(Guid Id, string Reference, int Version);

    public static void Map(RouteGroupBuilder api)
    {
        var g = api.MapGroup("/conduct/cases").WithTags("Conduct");
        g.MapPost("/", Record).WithName("Conduct_RecordCase").WithSummary("Record a case (conduct officer of the mission). Honors Idempotency-Key.")
            .RequireAuthorization(ConductPolicies.Manage).Produces<CaseCreated>(StatusCodes.Status201Created).ProducesProblem(400);
        g.MapGet("/", List).WithName("Conduct_ListCases").WithSummary("Cases the caller may see, newest first; history=true for the imported public table.")
            .RequireAuthorization(ConductPolicies.Cases).Produces<CasePage>();
        g.MapGet("/{id:guid}", Get).WithName("Conduct_GetCase").WithSummary("A case as the caller may see it; sealed parts never included.")
            .RequireAuthorization(ConductPolicies.Cases).Produces<CaseDetail>().ProducesProblem(404);
        g.MapGet("/{id:guid}/audit", Audit).WithName("Conduct_CaseAudit").WithSummary("The case's trail: admins and the mission's conduct officers.")
            .RequireAuthorization(ConductPolicies.Audit).Produces<IReadOnlyList<CaseAuditLine>>().ProducesProblem(404);
        g.MapPost("/{id:guid}/reveal", Reveal).WithName("Conduct_Reveal").WithSummary("Open one sealed value with a reason (audited, never cached).")
            .RequireAuthorization(ConductPolicies.Victims).Produces<RevealedValue>().ProducesProblem(400).ProducesProblem(403).ProducesProblem(404);

        Command<AssessCase>(g, "/{id:guid}/assess", "Conduct_AssessCase", "Take a received case into assessment.");
        Command<AddAllegation>(g, "/{id:guid}/allegations", "Conduct_AddAllegation", "Add an allegation type.");
        Command<AddSubject>(g, "/{id:guid}/subjects", "Conduct_AddSubject", "Add a subject (identity sealed).");
        g.MapPut("/{id:guid}/subjects/{subjectId:guid}", EditSubjectAsync).WithName("Conduct_EditSubject").WithSummary("Correct a subject's count, category, nationality or unit.")
            .RequireAuthorization(ConductPolicies.Manage).Produces<CommandDone>().ProducesProblem(400).ProducesProblem(404).ProducesProblem(409);
        Command<AddVictim>(g, "/{id:guid}/victims", "Conduct_AddVictim", "Add victims (identity sealed).");
        Command<AddMeasure>(g, "/{id:guid}/measures", "Conduct_AddMeasure", "Record an interim measure.");
        Command<ReferCase>(g, "/{id:guid}/referral", "Conduct_Refer", "Refer the case to the member state (answer due in 10 working days).");
        Command<RecordMemberStateAnswer>(g, "/{id:guid}/member-state-answer", "Conduct_MemberStateAnswer", "Record the member state's answer.");
        Command<StartInvestigation>(g, "/{id:guid}/investigation", "Conduct_StartInvestigation", "Start the investigation.");
        Command<PauseInvestigation>(g, "/{id:guid}/pause", "Conduct_PauseInvestigation", "Pause the investigation clock (reason required).");
        Command<ResumeInvestigation>(g, "/{id:guid}/resume", "Conduct_ResumeInvestigation", "Resume the investigation clock.");
        Command<CompleteInvestigation>(g, "/{id:guid}/findings", "Conduct_CompleteInvestigation", "Complete the investigation with its findings.");
        Command<RecordAction>(g, "/{id:guid}/actions", "Conduct_RecordAction", "Record an action by the UN or one the member state reports.");
        Command<ReferForCriminalAccountability>(g, "/{id:guid}/criminal-referral", "Conduct_CriminalReferral", "Record the referral for criminal accountability.");
        Command<CloseCase>(g, "/{id:guid}/closure", "Conduct_CloseCase", "Close the case.");
    }

    private static void Command<T>(RouteGroupBuilder g, string pattern, string name, string summary)
        where T : CaseCommand =>
        g.MapPost(pattern, Run<T>).WithName(name).WithSummary(summary + " Send the version you read; 409 on another stage or version.")
            .RequireAuthorization(ConductPolicies.Manage).Produces<CommandDone>().ProducesProblem(400).ProducesProblem(404).ProducesProblem(409);

    internal static async Task<IResult> Run<T>(Guid id, HttpContext http, CaseCommands commands, CancellationToken ct)
        where T : CaseCommand
    {
        var (command, problem) = await ReadAsync<T>(http, ct);
        return problem ?? Answer(http, await commands.RunAsync(http.User, id, command!, ct));
    }

    internal static async Task<IResult> EditSubjectAsync(Guid id, Guid subjectId, HttpContext http, CaseCommands commands, CancellationToken ct)
    {
        var (command, problem) = await ReadAsync<EditSubject>(http, ct);
        return problem ?? Answer(http, await commands.RunAsync(http.User, id, command! with { SubjectId = subjectId }, ct));
    }

    private static IResult Answer(HttpContext http, CaseResult result) =>
        result.Ok ? TypedResults.Ok(new CommandDone(result.Id, result.Version)) : result.ToProblem(http);

    internal static async Task<IResult> Record(HttpContext http, RecordCaseHandler handler, CaseQueries queries, CancellationToken ct)
    {
        var (request, problem) = await ReadAsync<NewCase>(http, ct);
        if (problem is not null)
        {
            return problem;
        }

        var key = http.Request.Headers["Idempotency-Key"].ToString();
        if (key.Length > 128)
        {
            return ApiProblems.Problem(http, StatusCodes.Status400BadRequest, "idempotency-key");
        }

        var result = await handler.HandleAsync(http.User, request!, key, ct);
        if (!result.Ok)
        {
            return result.ToProblem(http);
        }

        var reference = await queries.ReferenceAsync(result.Id, ct);
        return TypedResults.Created($"/api/v1/conduct/cases/{result.Id}", new CaseCreated(result.Id, reference, result.Version));
    }

    internal static async Task<Ok<CasePage>> List(HttpContext http, CaseQueries queries, CaseStage? stage, string? mission, int? year, bool? history, int? page, CancellationToken ct) =>
        TypedResults.Ok(await queries.ListAsync(http.User, new CaseFilter(stage, mission, year, history ?? false, page ?? 1), ct));

    internal static async Task<IResult> Get(Guid id, HttpContext http, CaseQueries queries, CancellationToken ct) =>
        await queries.GetAsync(http.User, id, ct) is { } detail ? TypedResults.Ok(detail) : ApiProblems.NotFound(http);

    internal static async Task<IResult> Audit(Guid id, HttpContext http, CaseQueries queries, CancellationToken ct) =>
        await queries.AuditAsync(http.User, id, ct) is { } lines ? TypedResults.Ok(lines) : ApiProblems.NotFound(http);

    internal static async Task<IResult> Reveal(Guid id, HttpContext http, RevealSealedHandler handler, CancellationToken ct)
    {
        var (request, problem) = await ReadAsync<RevealRequest>(http, ct);
        if (problem is not null)
        {
            return problem;
        }

        var (value, refused) = await handler.HandleAsync(http.User, id, request!, ct);
        http.Response.Headers.CacheControl = "no-store";
        return refused is not null ? refused.ToProblem(http) : TypedResults.Ok(value);
    }

    /// <summary>The JSON body as <typeparamref name="T"/>, or the problem to answer (too large, malformed).</summary>
    private static async Task<(T? Value, IResult? Problem)> ReadAsync<T>(HttpContext http, CancellationToken ct)
        where T : class
    {
        if (http.Request.ContentLength > MaxBodyBytes)
        {
            return (null, ApiProblems.Problem(http, StatusCodes.Status413PayloadTooLarge, "too-large"));
        }

        using var buffer = new MemoryStream();
        var chunk = new byte[8192];
        int n;
        while ((n = await http.Request.Body.ReadAsync(chunk, ct)) > 0)
        {
            if (buffer.Length + n > MaxBodyBytes)
            {
                return (null, ApiProblems.Problem(http, StatusCodes.Status413PayloadTooLarge, "too-large"));
            }

            buffer.Write(chunk, 0, n);
        }

        try
        {
            var json = http.RequestServices.GetRequiredService<IOptions<Microsoft.AspNetCore.Http.Json.JsonOptions>>().Value.SerializerOptions;
            var value = buffer.Length == 0 ? null : JsonSerializer.Deserialize<T>(buffer.ToArray(), json);
            return value is null ? (null, ApiProblems.Problem(http, StatusCodes.Status400BadRequest, "invalid-json")) : (value, null);
        }
        catch (JsonException)
        {
            return (null, ApiProblems.Problem(http, StatusCodes.Status400BadRequest, "invalid-json"));
        }
    }
}
