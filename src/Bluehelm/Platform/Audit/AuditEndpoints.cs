using Bluehelm.Platform.Data;
using Bluehelm.Platform.Identity;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;

namespace Bluehelm.Platform.Audit;

/// <summary>Reading the audit trail (administrators only).</summary>
public static class AuditEndpoints
{
    internal static void Map(RouteGroupBuilder api)
    {
        api.MapGet("/audit", List)
            .WithName("Platform_AuditList")
            .WithTags("Audit")
            .WithSummary("The audit trail, newest first, with keyset paging.")
            .RequireAuthorization(Policies.Admin);
    }

    internal static async Task<Ok<AuditPage>> List(BluehelmDbContext db, string? entityType, string? entityId, Guid? before, int? limit, CancellationToken ct)
    {
        var page = await Query(db, entityType, entityId, before, Math.Clamp(limit ?? 100, 1, 500), ct);
        return TypedResults.Ok(page);
    }

    /// <summary>
    /// Ids are UUIDv7, so ordering by id is ordering by time of writing; the keyset on id stays fast
    /// however long the trail grows.
    /// </summary>
    internal static async Task<AuditPage> Query(BluehelmDbContext db, string? entityType, string? entityId, Guid? before, int limit, CancellationToken ct)
    {
        var q = db.AuditEntries.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(entityType))
        {
            q = q.Where(a => a.EntityType == entityType);
        }

        if (!string.IsNullOrWhiteSpace(entityId))
        {
            q = q.Where(a => a.EntityId == entityId);
        }

        if (before is { } b)
        {
            q = q.Where(a => a.Id.CompareTo(b) < 0);
        }

        var rows = await q.OrderByDescending(a => a.Id).Take(limit + 1)
            .Select(a => new AuditEntryDto(a.Id, a.At, a.Actor, a.Action, a.EntityType, a.EntityId, a.Details, a.Origin))
            .ToListAsync(ct);
        var next = rows.Count > limit ? rows[limit - 1].Id : (Guid?)null;
        return new AuditPage(rows.Take(limit).ToList(), next);
    }
}
