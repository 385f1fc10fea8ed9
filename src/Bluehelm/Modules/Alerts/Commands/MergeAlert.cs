using System.Security.Claims;
using Microsoft.EntityFrameworkCore;

namespace Bluehelm.Modules.Alerts;

/// <summary>Mark an alert a duplicate of another alert of the same mission; both keep their histories.</summary>
internal sealed record MergeAlert(Guid AlertId, Guid Into, string? Reason);

/// <summary>Handles <see cref="MergeAlert"/>.</summary>
internal sealed class MergeAlertHandler(AlertCommandSupport support, TimeProvider time)
{
    public async Task<CommandError> HandleAsync(ClaimsPrincipal user, Actor actor, MergeAlert command, CancellationToken ct)
    {
        var (alert, manages) = await support.LoadAsync(user, command.AlertId, ct);
        if (alert is null)
        {
            return CommandError.NotFound;
        }

        if (!manages)
        {
            return CommandError.Forbidden;
        }

        var target = await support.Db.Set<Alert>().SingleOrDefaultAsync(a => a.Id == command.Into, ct);
        if (target is null || target.MissionId != alert.MissionId)
        {
            return CommandError.InvalidTarget;
        }

        return alert.MergeInto(target, time.GetUtcNow(), actor.UserId, actor.Name, AlertCommandSupport.Trim(command.Reason))
            ? await support.SaveAsync(ct)
            : CommandError.IllegalTransition;
    }
}
