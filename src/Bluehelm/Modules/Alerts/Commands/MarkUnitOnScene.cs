using System.Security.Claims;
using Bluehelm.Platform.Identity;

namespace Bluehelm.Modules.Alerts;

/// <summary>A commander reports that the units of a response tasked to them have reached the alert's place.</summary>
internal sealed record MarkUnitOnScene(Guid AlertId, Guid ResponseId);

/// <summary>
/// Handles <see cref="MarkUnitOnScene"/>: only a commander whose scope includes a unit of the
/// response, only while the alert is open and the response has no outcome. A second submit finds
/// the response on scene already and changes nothing. The first moves a dispatched alert on scene
/// (the lifecycle's step) and leaves a timeline entry naming the units, which is the audit record.
/// </summary>
internal sealed class MarkUnitOnSceneHandler(AlertCommandSupport support, TimeProvider time)
{
    public async Task<CommandError> HandleAsync(ClaimsPrincipal user, Actor actor, MarkUnitOnScene command, CancellationToken ct)
    {
        var (alert, _) = await support.LoadAsync(user, command.AlertId, ct);
        var response = alert?.Responses.SingleOrDefault(r => r.Id == command.ResponseId);
        if (alert is null || response is null)
        {
            return CommandError.NotFound;
        }

        var mine = user.IsInRole(Roles.Commander) ? user.UnitScopes() : [];
        var units = response.Units.Where(u => mine.Contains(u.UnitId)).ToList();
        if (units.Count == 0)
        {
            return CommandError.Forbidden;
        }

        if (response.OnSceneAt is not null)
        {
            return CommandError.None;
        }

        if (!alert.IsOpen || response.Outcome is not null)
        {
            return CommandError.ResponseClosed;
        }

        var now = time.GetUtcNow();
        response.OnSceneAt = now;
        if (alert.Status == AlertStatus.Dispatched)
        {
            alert.MoveTo(AlertStatus.OnScene, now, actor.UserId, actor.Name, null);
        }

        alert.Note(now, actor.UserId, actor.Name, string.Join(", ", response.Units.Select(u => u.UnitName)), AlertEventKind.UnitOnScene);
        return await support.SaveAsync(ct);
    }
}
