using System.Security.Claims;
using Bluehelm.Platform.Identity;

namespace Bluehelm.Modules.Alerts;

/// <summary>Report how a response ended.</summary>
internal sealed record RecordOutcome(Guid AlertId, Guid ResponseId, ResponseOutcome Outcome, string? Notes);

/// <summary>Handles <see cref="RecordOutcome"/>: the JOC on any response of its mission, a commander on those tasked to their units.</summary>
internal sealed class RecordOutcomeHandler(AlertCommandSupport support, TimeProvider time)
{
    public async Task<CommandError> HandleAsync(ClaimsPrincipal user, Actor actor, RecordOutcome command, CancellationToken ct)
    {
        var (alert, manages) = await support.LoadAsync(user, command.AlertId, ct);
        if (alert is null)
        {
            return CommandError.NotFound;
        }

        var response = alert.Responses.SingleOrDefault(r => r.Id == command.ResponseId);
        if (response is null)
        {
            return CommandError.NotFound;
        }

        var commands = user.IsInRole(Roles.Commander) && response.Units.Any(u => ScopeAccess.UnitScopes(user).Contains(u.UnitId));
        if (!manages && !commands)
        {
            return CommandError.Forbidden;
        }

        // Once the alert is closed (resolved, false alarm, duplicate) its responses are history too.
        if (alert.Status is AlertStatus.Resolved or AlertStatus.FalseAlarm or AlertStatus.Duplicate)
        {
            return CommandError.ResponseClosed;
        }

        var now = time.GetUtcNow();
        response.Outcome = command.Outcome;
        response.AddNote(now, actor.UserId, actor.Name, AlertCommandSupport.Trim(command.Notes));
        alert.Note(now, actor.UserId, actor.Name, AlertCsv.Kebab(command.Outcome), AlertEventKind.ResponseUpdated);
        return await support.SaveAsync(ct);
    }
}
