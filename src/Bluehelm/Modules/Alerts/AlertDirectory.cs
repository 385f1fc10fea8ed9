using System.Security.Claims;
using Bluehelm.Modules.Alerts.Contracts;
using Bluehelm.Modules.Missions.Contracts;
using Bluehelm.Platform.Data;
using Microsoft.EntityFrameworkCore;

namespace Bluehelm.Modules.Alerts;

/// <summary>The Alerts module's answer to <see cref="IAlertDirectory"/>: one alert read through <see cref="AlertAccess.VisibleAsync"/>.</summary>
internal sealed class AlertDirectory(BluehelmDbContext db, IMissionDirectory missions) : IAlertDirectory
{
    public async Task<AlertRef?> FindVisibleAsync(ClaimsPrincipal user, Guid id, CancellationToken ct) =>
        await (await db.Set<Alert>().AsNoTracking().Where(a => a.Id == id).VisibleAsync(user, missions, ct))
            .Select(a => new AlertRef(a.Id, a.MissionId, a.ReceivedAt, a.ThreatType, a.Status == AlertStatus.Resolved, a.Latitude, a.Longitude, a.PrioGridGid, a.PlaceName, a.Description))
            .SingleOrDefaultAsync(ct);
}
