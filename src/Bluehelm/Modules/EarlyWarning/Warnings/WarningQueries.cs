using System.Security.Claims;
using Bluehelm.Platform.Data;
using Microsoft.EntityFrameworkCore;

namespace Bluehelm.Modules.EarlyWarning.Warnings;

/// <summary>Reads of warnings and received CAP alerts, always through <see cref="WarningAccess"/>.</summary>
internal sealed class WarningQueries(BluehelmDbContext db)
{
    public const int ListLimit = 200;

    /// <summary>The warnings <paramref name="user"/> reads, newest first (at most <see cref="ListLimit"/>).</summary>
    public async Task<List<Warning>> ListAsync(ClaimsPrincipal user, CancellationToken ct)
    {
        var missions = WarningAccess.Missions(user)?.ToList();
        var query = db.Set<Warning>().AsNoTracking().Include(w => w.Messages).AsQueryable();
        if (missions is not null)
        {
            query = query.Where(w => missions.Contains(w.MissionCode));
        }

        return await query.OrderByDescending(w => w.Id).Take(ListLimit).ToListAsync(ct);
    }

    public async Task<Warning?> GetAsync(ClaimsPrincipal user, Guid id, CancellationToken ct)
    {
        var w = await db.Set<Warning>().AsNoTracking().Include(x => x.Messages).SingleOrDefaultAsync(x => x.Id == id, ct);
        return w is not null && WarningAccess.MayRead(user, w.MissionCode) ? w : null;
    }

    /// <summary>
    /// The latest issued CAP message of a warning, for <paramref name="user"/>: anyone gets a public warning's
    /// (the feed links to it), the mission's readers every scope's; null otherwise or when nothing was issued.
    /// </summary>
    public async Task<WarningMessage?> LatestMessageAsync(ClaimsPrincipal user, Guid id, CancellationToken ct)
    {
        var w = await db.Set<Warning>().AsNoTracking().Include(x => x.Messages).SingleOrDefaultAsync(x => x.Id == id, ct);
        return w is null || (w.Scope != CapScope.Public && !WarningAccess.MayRead(user, w.MissionCode)) ? null : w.Latest;
    }

    /// <summary>Active warnings (issued, not cancelled, not expired) for the feed: public ones to anyone, the rest to the mission's readers.</summary>
    public async Task<List<Warning>> ActiveAsync(ClaimsPrincipal user, DateTimeOffset now, CancellationToken ct)
    {
        var missions = WarningAccess.Missions(user)?.ToList();
        var query = db.Set<Warning>().AsNoTracking().Include(w => w.Messages)
            .Where(w => (w.Status == WarningStatus.Issued || w.Status == WarningStatus.UpdateDrafted) && w.Expires > now);
        query = missions is null ? query : query.Where(w => w.Scope == CapScope.Public || missions.Contains(w.MissionCode));
        return await query.OrderByDescending(w => w.Id).Take(ListLimit).ToListAsync(ct);
    }

    public Task<List<ReceivedCap>> ReceivedAsync(CancellationToken ct) =>
        db.Set<ReceivedCap>().AsNoTracking().OrderByDescending(r => r.Id).Take(ListLimit).ToListAsync(ct);

    public Task<ReceivedCap?> ReceivedAsync(Guid id, CancellationToken ct) =>
        db.Set<ReceivedCap>().AsNoTracking().SingleOrDefaultAsync(r => r.Id == id, ct);
}
