using System.Security.Claims;

namespace Bluehelm.Modules.Alerts;

/// <summary>Send units of the alert's mission to it: a response, and the alert moves to dispatched.</summary>
internal sealed record DispatchUnits(Guid AlertId, IReadOnlyList<Guid> UnitIds, ResponseAction Action, string? Notes);

/// <summary>Handles <see cref="DispatchUnits"/>; the units are checked through the Missions module's directory.</summary>
internal sealed class DispatchUnitsHandler(AlertCommandSupport support, TimeProvider time)
{
    public async Task<CommandError> HandleAsync(ClaimsPrincipal user, Actor actor, DispatchUnits command, CancellationToken ct)
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

        var units = await support.Missions.UnitsAsync(command.UnitIds, ct);
        if (command.UnitIds.Count == 0 || units.Count != command.UnitIds.Distinct().Count() || units.Any(u => u.MissionId != alert.MissionId))
        {
            return CommandError.UnknownUnit;
        }

        if (!alert.IsOpen)
        {
            return CommandError.IllegalTransition;
        }

        var now = time.GetUtcNow();
        var response = new AlertResponse { AlertId = alert.Id, Action = command.Action, DispatchedAt = now };
        response.AddNote(now, actor.UserId, actor.Name, AlertCommandSupport.Trim(command.Notes));
        foreach (var u in units)
        {
            response.Units.Add(new AlertResponseUnit { ResponseId = response.Id, UnitId = u.Id, UnitName = u.Name });
        }

        alert.Responses.Add(response);
        if (alert.Status == AlertStatus.Received)
        {
            alert.MoveTo(AlertStatus.Triaged, now, actor.UserId, actor.Name, null);
        }

        if (alert.Status == AlertStatus.Triaged)
        {
            alert.MoveTo(AlertStatus.Dispatched, now, actor.UserId, actor.Name, null);
        }

        alert.Note(now, actor.UserId, actor.Name, string.Join(", ", units.Select(u => u.Name)), AlertEventKind.ResponseAdded);
        return await support.SaveAsync(ct);
    }
}
