using System.Security.Claims;
using Bluehelm.Modules.Missions.Contracts;
using Bluehelm.Platform.Data;
using Microsoft.EntityFrameworkCore;

namespace Bluehelm.Modules.Alerts;

/// <summary>
/// What the lifecycle commands share: loading an alert the user may see, and one save per act that
/// turns a lost race on the alert's version into <see cref="CommandError.Conflict"/>.
/// </summary>
internal sealed class AlertCommandSupport(BluehelmDbContext db, IMissionDirectory missions)
{
    public BluehelmDbContext Db => db;

    public IMissionDirectory Missions => missions;

    /// <summary>
    /// Loads an alert the user may see, with its responses (one query: an alert of another mission is
    /// simply not found), and says whether the user may manage it.
    /// </summary>
    public async Task<(Alert? Alert, bool Manages)> LoadAsync(ClaimsPrincipal user, Guid id, CancellationToken ct)
    {
        var alert = await (await db.Set<Alert>().Where(a => a.Id == id).VisibleAsync(user, missions, ct))
            .Include(a => a.Responses).ThenInclude(r => r.Units).SingleOrDefaultAsync(ct);
        if (alert is null)
        {
            return (null, false);
        }

        var mission = await missions.FindAsync(alert.MissionId, ct);
        return (alert, mission is not null && AlertAccess.MayManage(user, mission.Code));
    }

    /// <summary>Saves the act with its timeline entry; a concurrent change of the same alert makes it a conflict.</summary>
    public async Task<CommandError> SaveAsync(CancellationToken ct)
    {
        try
        {
            await db.SaveChangesAsync(ct);
            return CommandError.None;
        }
        catch (DbUpdateConcurrencyException)
        {
            return CommandError.Conflict;
        }
    }

    /// <summary>Free text as stored: trimmed, at most 2,000 characters, null when blank.</summary>
    public static string? Trim(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim()[..Math.Min(text.Trim().Length, 2000)];
}
