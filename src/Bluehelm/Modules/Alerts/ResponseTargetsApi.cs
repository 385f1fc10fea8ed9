using System.ComponentModel.DataAnnotations;
using Bluehelm.Modules.Missions.Contracts;
using Bluehelm.Platform.Data;
using Bluehelm.Platform.Http;
using Bluehelm.Platform.Identity;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;

namespace Bluehelm.Modules.Alerts;

/// <summary>Per-mission dispatch targets (defaults: 1 h, 4 h, 24 h, 72 h). New targets apply to alerts received afterwards.</summary>
internal static class ResponseTargetsApi
{
    internal static void Map(RouteGroupBuilder api)
    {
        api.MapGet("/missions/{code}/alert-targets", Get).WithTags("Alerts").WithName("Alerts_GetTargets").WithSummary("Dispatch targets per severity, in minutes (the mission's JOC officers and POC advisers, administrators).").RequireAuthorization(AlertsPolicies.Read);
        api.MapPut("/missions/{code}/alert-targets", Put).WithTags("Alerts").WithName("Alerts_SetTargets").WithSummary("Set the dispatch targets of a mission (administrators).").RequireAuthorization(Policies.Admin);
    }

    private static async Task<ResponseTargets> Load(BluehelmDbContext db, Guid missionId, CancellationToken ct)
    {
        var set = await db.Set<ResponseTarget>().AsNoTracking().Where(t => t.MissionId == missionId).ToDictionaryAsync(t => t.Severity, t => t.DispatchWithinMinutes, ct);
        int Of(Severity s) => set.TryGetValue(s, out var m) ? m : ResponseTarget.DefaultMinutes(s);
        return new ResponseTargets(Of(Severity.Critical), Of(Severity.High), Of(Severity.Medium), Of(Severity.Low));
    }

    /// <summary>A mission's targets are read by its own JOC officers and POC advisers, and by administrators.</summary>
    internal static async Task<IResult> Get(string code, IMissionDirectory missions, BluehelmDbContext db, HttpContext http, CancellationToken ct)
    {
        if (await missions.FindAsync(code, ct) is not { } m)
        {
            return ApiProblems.NotFound(http);
        }

        var user = http.User;
        var mayRead = user.IsInRole(Roles.Admin)
            || ((user.IsInRole(Roles.JocOfficer) || user.IsInRole(Roles.PocAdviser)) && user.MissionScopes().Contains(m.Code, StringComparer.OrdinalIgnoreCase));
        return mayRead ? TypedResults.Ok(await Load(db, m.Id, ct)) : ApiProblems.Forbidden(http);
    }

    internal static async Task<IResult> Put(string code, ResponseTargets targets, IMissionDirectory missions, BluehelmDbContext db, ResponseTargetCache cache, HttpContext http, CancellationToken ct)
    {
        var errors = Validation.Check(targets);
        if (errors.Count > 0)
        {
            return ApiProblems.Validation(http, errors);
        }

        if (await missions.FindAsync(code, ct) is not { } mission)
        {
            return ApiProblems.NotFound(http);
        }

        var existing = await db.Set<ResponseTarget>().Where(t => t.MissionId == mission.Id).ToDictionaryAsync(t => t.Severity, ct);
        foreach (var (severity, minutes) in new[] { (Severity.Critical, targets.Critical), (Severity.High, targets.High), (Severity.Medium, targets.Medium), (Severity.Low, targets.Low) })
        {
            if (existing.TryGetValue(severity, out var row))
            {
                row.DispatchWithinMinutes = minutes;
            }
            else
            {
                db.Add(new ResponseTarget { MissionId = mission.Id, Severity = severity, DispatchWithinMinutes = minutes });
            }
        }

        await db.SaveChangesAsync(ct);
        cache.Forget(mission.Id);
        return TypedResults.Ok(await Load(db, mission.Id, ct));
    }
}
