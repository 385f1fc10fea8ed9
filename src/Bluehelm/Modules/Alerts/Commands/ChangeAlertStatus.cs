using System.Security.Claims;

namespace Bluehelm.Modules.Alerts;

/// <summary>Move an alert to its next status (triage, on scene, resolve, false alarm), optionally at a known version.</summary>
internal sealed record ChangeAlertStatus(Guid AlertId, AlertStatus To, string? Reason, int? ExpectedVersion);

/// <summary>Handles <see cref="ChangeAlertStatus"/>; dispatch and merge have commands of their own.</summary>
internal sealed class ChangeAlertStatusHandler(AlertCommandSupport support, TimeProvider time)
{
    public async Task<CommandError> HandleAsync(ClaimsPrincipal user, Actor actor, ChangeAlertStatus command, CancellationToken ct)
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

        if (command.ExpectedVersion is { } v && v != alert.Version)
        {
            return CommandError.Conflict;
        }

        var now = time.GetUtcNow();
        // A dispatch names its units (responses); a duplicate names its original (merge).
        if (command.To is AlertStatus.Duplicate or AlertStatus.Dispatched || !alert.MoveTo(command.To, now, actor.UserId, actor.Name, AlertCommandSupport.Trim(command.Reason)))
        {
            return CommandError.IllegalTransition;
        }

        if (command.To == AlertStatus.OnScene)
        {
            foreach (var r in alert.Responses.Where(r => r.OnSceneAt is null))
            {
                r.OnSceneAt = now;
            }
        }

        return await support.SaveAsync(ct);
    }
}
