using Bluehelm.Platform.Data;
using Bluehelm.Platform.Http;
using Bluehelm.Platform.Identity;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;

namespace Bluehelm.Modules.Missions;

/// <summary>HTTP API of the Missions module under <c>/api/v1</c>.</summary>
public static class MissionsApi
{
    internal static void Map(RouteGroupBuilder api)
    {
        var g = api.MapGroup("/missions").WithTags("Missions");
        g.MapGet("/", List).WithName("Missions_List").WithSummary("All missions, current first.").RequireAuthorization(Policies.SignedIn);
        g.MapGet("/{code}", Get).WithName("Missions_Get").WithSummary("A mission with its mandate and deployment sites.").RequireAuthorization(Policies.SignedIn);
        g.MapPut("/{code}", Update).WithName("Missions_Update").WithSummary("Update names, working languages or end date.").RequireAuthorization(MissionsPolicies.Edit);
        g.MapGet("/{code}/units", Units).WithName("Missions_Units").WithSummary("Units of a mission (its JOC, POC advisers and commanders, force generation, administrators; a member state its own units).").RequireAuthorization(Policies.SignedIn);
        g.MapGet("/{code}/strength", Strength).WithName("Missions_Strength").WithSummary("Uniformed personnel per month (IPI); same readers as the units, member states excepted.").RequireAuthorization(Policies.SignedIn);
        api.MapGet("/sites/{id:guid}", Site).WithTags("Missions").WithName("Missions_Site").WithSummary("A deployment site and its history.").RequireAuthorization(Policies.SignedIn);
        api.MapGet("/member-states", MemberStates).WithTags("Missions").WithName("Missions_MemberStates").WithSummary("Member states with English and French names.").RequireAuthorization(Policies.SignedIn);
    }

    internal static async Task<Ok<IReadOnlyList<MissionSummary>>> List(MissionQueries queries, CancellationToken ct) =>
        TypedResults.Ok(await queries.ListAsync(ct));

    internal static async Task<Results<Ok<MissionDetail>, ProblemHttpResult>> Get(string code, MissionQueries queries, HttpContext http, CancellationToken ct) =>
        await queries.GetAsync(code, ct) is { } m ? TypedResults.Ok(m) : ApiProblems.NotFound(http);

    /// <summary>Every unit for those who see the mission's forces; a member state only its own country's (<see cref="MissionsAccess"/>).</summary>
    internal static async Task<Results<Ok<IReadOnlyList<UnitDto>>, ProblemHttpResult>> Units(string code, MissionQueries queries, BluehelmDbContext db, HttpContext http, CancellationToken ct)
    {
        var upper = code.ToUpperInvariant();
        if (!await db.Set<Mission>().AnyAsync(m => m.Code == upper, ct))
        {
            return ApiProblems.NotFound(http);
        }

        if (!MissionsAccess.SeesUnits(http.User, upper))
        {
            return ApiProblems.Forbidden(http);
        }

        return TypedResults.Ok(await queries.UnitsAsync(code, MissionsAccess.OwnCountryOnly(http.User, upper), ct));
    }

    internal static async Task<Results<Ok<IReadOnlyList<StrengthDto>>, ProblemHttpResult>> Strength(string code, MissionQueries queries, BluehelmDbContext db, HttpContext http, CancellationToken ct)
    {
        var upper = code.ToUpperInvariant();
        if (!await db.Set<Mission>().AnyAsync(m => m.Code == upper, ct))
        {
            return ApiProblems.NotFound(http);
        }

        if (!MissionsAccess.SeesForces(http.User, upper))
        {
            return ApiProblems.Forbidden(http);
        }

        return TypedResults.Ok(await queries.StrengthAsync(code, ct));
    }

    internal static async Task<Results<Ok<SiteDetail>, ProblemHttpResult>> Site(Guid id, MissionQueries queries, HttpContext http, CancellationToken ct) =>
        await queries.GetSiteAsync(id, ct) switch
        {
            null => ApiProblems.NotFound(http),
            var s when !MissionsAccess.SeesForces(http.User, s.MissionCode) => ApiProblems.Forbidden(http),
            var s => TypedResults.Ok(s),
        };

    internal static async Task<Ok<List<MemberStateDto>>> MemberStates(BluehelmDbContext db, CancellationToken ct) =>
        TypedResults.Ok(await db.Set<MemberState>().AsNoTracking().OrderBy(m => m.Iso2)
            .Select(m => new MemberStateDto(m.Iso2, m.Iso3, m.NameEn, m.NameFr, m.Francophone)).ToListAsync(ct));

    /// <summary>The policy admits admins and POC advisers; a POC adviser may only change a mission in their scope.</summary>
    internal static async Task<Results<Ok<MissionDetail>, ProblemHttpResult>> Update(
        string code, UpdateMissionRequest request, BluehelmDbContext db, MissionQueries queries, MissionDirectoryCache directory, HttpContext http, CancellationToken ct)
    {
        var errors = Validation.Check(request);
        if (errors.Count > 0)
        {
            return ApiProblems.Validation(http, errors);
        }

        var upper = code.ToUpperInvariant();
        var mission = await db.Set<Mission>().SingleOrDefaultAsync(m => m.Code == upper, ct);
        if (mission is null)
        {
            return ApiProblems.NotFound(http);
        }

        if (!http.User.HasMissionScope(mission.Code))
        {
            return ApiProblems.Forbidden(http);
        }

        if (request.EndDate is { } end && mission.StartDate is { } start && end < start)
        {
            return ApiProblems.Validation(http, new Dictionary<string, string[]> { ["endDate"] = ["before-start"] });
        }

        mission.NameEn = request.NameEn.Trim();
        mission.NameFr = request.NameFr.Trim();
        mission.WorkingLanguages = request.WorkingLanguages;
        mission.EndDate = request.EndDate;
        await db.SaveChangesAsync(ct);
        directory.Invalidate();
        return TypedResults.Ok((await queries.GetAsync(mission.Code, ct))!);
    }
}
