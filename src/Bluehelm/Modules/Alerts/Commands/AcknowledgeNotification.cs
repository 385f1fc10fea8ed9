using System.Security.Claims;
using Microsoft.EntityFrameworkCore;

namespace Bluehelm.Modules.Alerts;

/// <summary>Mark a JOC notification seen; acknowledging it again changes nothing. The audit trail records who.</summary>
internal sealed record AcknowledgeNotification(Guid NotificationId);

/// <summary>Handles <see cref="AcknowledgeNotification"/>: a JOC officer of the notification's mission, or an administrator.</summary>
internal sealed class AcknowledgeNotificationHandler(AlertCommandSupport support, TimeProvider time)
{
    public async Task<CommandError> HandleAsync(ClaimsPrincipal user, AcknowledgeNotification command, CancellationToken ct)
    {
        var visible = (await support.Db.Set<Alert>().VisibleAsync(user, support.Missions, ct)).Select(a => a.Id);
        var notification = await support.Db.Set<JocNotification>().Where(n => n.Id == command.NotificationId && visible.Contains(n.AlertId)).SingleOrDefaultAsync(ct);
        if (notification is null)
        {
            return CommandError.NotFound;
        }

        if (await support.Missions.FindAsync(notification.MissionId, ct) is not { } mission || !AlertAccess.MayManage(user, mission.Code))
        {
            return CommandError.Forbidden;
        }

        if (notification.AcknowledgedAt is not null)
        {
            return CommandError.None;
        }

        notification.AcknowledgedAt = time.GetUtcNow();
        return await support.SaveAsync(ct);
    }
}
