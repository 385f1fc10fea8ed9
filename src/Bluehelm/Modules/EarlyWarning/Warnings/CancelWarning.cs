using System.Security.Claims;

namespace Bluehelm.Modules.EarlyWarning.Warnings;

/// <summary>
/// Cancel a warning. An issued one gets a CAP Cancel referencing every earlier message, at once (taking a
/// warning back must not wait for a second person); a draft never issued is just closed, with no message.
/// </summary>
internal sealed record CancelWarning(Guid WarningId, string? Reason, ClaimsPrincipal User, WarningActor Actor);

internal sealed class CancelWarningHandler(WarningCommands commands, WarningIssuer issuer, TimeProvider time)
{
    public const int MaxReason = 500;

    public async Task<WarningResult> HandleAsync(CancelWarning request, CancellationToken ct)
    {
        var (warning, refusal) = await commands.LoadForWarnAsync(request.WarningId, request.User, ct);
        if (warning is null)
        {
            return refusal!;
        }

        if (warning.Status == WarningStatus.Cancelled)
        {
            return WarningResult.Refused("cancelled", 409);
        }

        if (warning.Messages.Count > 0)
        {
            var reason = string.IsNullOrWhiteSpace(request.Reason) ? null : request.Reason.Trim();
            commands.Db.Add(issuer.Issue(warning, CapMsgType.Cancel, request.Actor, reason));
        }

        warning.Status = WarningStatus.Cancelled;
        warning.CancelledAt = time.GetUtcNow();
        warning.CancelledBy = request.Actor.Name;
        return await commands.SaveAsync(warning, ct);
    }
}
