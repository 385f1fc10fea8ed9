using Bluehelm.Modules.Missions.Contracts;
using Bluehelm.Platform.Data;
using Microsoft.EntityFrameworkCore;

namespace Bluehelm.Modules.Alerts;

/// <summary>Why a command was refused; the API turns it into a problem code, the pages into a message.</summary>
internal enum CommandError
{
    None = 0,
    NotFound,
    Forbidden,
    IllegalTransition,
    Conflict,
    UnknownUnit,
    InvalidTarget,
}

/// <summary>Acts on alerts: status changes, responses, merges. Every act is one transaction with its timeline entry.</summary>
internal sealed class AlertCommands(BluehelmDbContext db, IMissionDirectory missions, TimeProvider time)
{
    /// <summary>
    /// Loads an alert the user may see (one query: an alert of another mission is simply not found)
    /// and says whether the user may manage it.
    /// </summary>
    private async Task<(Alert? Alert, bool Manages)> LoadAsync(System.Security.Claims.ClaimsPrincipal user, Guid id, CancellationToken ct)
    {
        var alert = await db.Set<Alert>().Where(a => a.Id == id).Visible(user, db)
            .Include(a => a.Responses).ThenInclude(r => r.Units).SingleOrDefaultAsync(ct);
        if (alert is null)
        {
            return (null, false);
        }

        var mission = await missions.FindAsync(alert.MissionId, ct);
        return (alert, mission is not null && AlertAccess.MayManage(user, mission.Code));
    }

    public async Task<CommandError> ChangeStatusAsync(System.Security.Claims.ClaimsPrincipal user, Actor actor, Guid id, AlertStatus to, string? reason, int? expectedVersion, CancellationToken ct)
    {
        var (alert, manages) = await LoadAsync(user, id, ct);
        if (alert is null)
        {
            return CommandError.NotFound;
        }

        if (!manages)
        {
            return CommandError.Forbidden;
        }

        if (expectedVersion is { } v && v != alert.Version)
        {
            return CommandError.Conflict;
        }

        var now = time.GetUtcNow();
        // A dispatch names its units (responses); a duplicate names its original (merge).
        if (to is AlertStatus.Duplicate or AlertStatus.Dispatched || !alert.MoveTo(to, now, actor.UserId, actor.Name, Trim(reason)))
        {
            return CommandError.IllegalTransition;
        }

        if (to == AlertStatus.OnScene)
        {
            foreach (var r in alert.Responses.Where(r => r.OnSceneAt is null))
            {
                r.OnSceneAt = now;
            }
        }

        return await SaveAsync(ct);
    }

    public async Task<CommandError> DispatchAsync(System.Security.Claims.ClaimsPrincipal user, Actor actor, Guid id, IReadOnlyList<Guid> unitIds, ResponseAction action, string? notes, CancellationToken ct)
    {
        var (alert, manages) = await LoadAsync(user, id, ct);
        if (alert is null)
        {
            return CommandError.NotFound;
        }

        if (!manages)
        {
            return CommandError.Forbidden;
        }

        var units = await missions.UnitsAsync(unitIds, ct);
        if (unitIds.Count == 0 || units.Count != unitIds.Distinct().Count() || units.Any(u => u.MissionId != alert.MissionId))
        {
            return CommandError.UnknownUnit;
        }

        if (!alert.IsOpen)
        {
            return CommandError.IllegalTransition;
        }

        var now = time.GetUtcNow();
        var response = new AlertResponse { AlertId = alert.Id, Action = action, DispatchedAt = now, Notes = Trim(notes) };
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
        return await SaveAsync(ct);
    }

    public async Task<CommandError> RecordOutcomeAsync(System.Security.Claims.ClaimsPrincipal user, Actor actor, Guid id, Guid responseId, ResponseOutcome outcome, string? notes, CancellationToken ct)
    {
        var (alert, manages) = await LoadAsync(user, id, ct);
        if (alert is null)
        {
            return CommandError.NotFound;
        }

        var response = alert.Responses.SingleOrDefault(r => r.Id == responseId);
        if (response is null)
        {
            return CommandError.NotFound;
        }

        // A commander reports on responses tasked to their own units; the JOC on any of its mission.
        var commands = user.IsInRole(Platform.Identity.Roles.Commander) && response.Units.Any(u => Platform.Identity.ScopeAccess.UnitScopes(user).Contains(u.UnitId));
        if (!manages && !commands)
        {
            return CommandError.Forbidden;
        }

        response.Outcome = outcome;
        response.Notes = Trim(notes) ?? response.Notes;
        alert.Note(time.GetUtcNow(), actor.UserId, actor.Name, AlertCsv.Kebab(outcome), AlertEventKind.ResponseUpdated);
        return await SaveAsync(ct);
    }

    public async Task<CommandError> MergeAsync(System.Security.Claims.ClaimsPrincipal user, Actor actor, Guid id, Guid into, string? reason, CancellationToken ct)
    {
        var (alert, manages) = await LoadAsync(user, id, ct);
        if (alert is null)
        {
            return CommandError.NotFound;
        }

        if (!manages)
        {
            return CommandError.Forbidden;
        }

        var target = await db.Set<Alert>().SingleOrDefaultAsync(a => a.Id == into, ct);
        if (target is null || target.MissionId != alert.MissionId)
        {
            return CommandError.InvalidTarget;
        }

        return alert.MergeInto(target, time.GetUtcNow(), actor.UserId, actor.Name, Trim(reason)) ? await SaveAsync(ct) : CommandError.IllegalTransition;
    }

    /// <summary>Marks a JOC notification seen; acknowledging it again changes nothing. The audit trail records who.</summary>
    public async Task<CommandError> AcknowledgeAsync(System.Security.Claims.ClaimsPrincipal user, Guid notificationId, CancellationToken ct)
    {
        var visible = db.Set<Alert>().Visible(user, db).Select(a => a.Id);
        var notification = await db.Set<JocNotification>().Where(n => n.Id == notificationId && visible.Contains(n.AlertId)).SingleOrDefaultAsync(ct);
        if (notification is null)
        {
            return CommandError.NotFound;
        }

        if (await missions.FindAsync(notification.MissionId, ct) is not { } mission || !AlertAccess.MayManage(user, mission.Code))
        {
            return CommandError.Forbidden;
        }

        if (notification.AcknowledgedAt is not null)
        {
            return CommandError.None;
        }

        notification.AcknowledgedAt = time.GetUtcNow();
        return await SaveAsync(ct);
    }

    private async Task<CommandError> SaveAsync(CancellationToken ct)
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

    private static string? Trim(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim()[..Math.Min(text.Trim().Length, 2000)];
}
