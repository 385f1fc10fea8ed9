using System.Security.Claims;

namespace Bluehelm.Modules.EarlyWarning.Warnings;

/// <summary>Approve a warning's draft (issued as a CAP Alert) or its pending update (a CAP Update): by another POC adviser than its author.</summary>
internal sealed record ApproveWarning(Guid WarningId, ClaimsPrincipal User, WarningActor Actor);

internal sealed class ApproveWarningHandler(WarningCommands commands, WarningIssuer issuer)
{
    public async Task<WarningResult> HandleAsync(ApproveWarning request, CancellationToken ct)
    {
        var (warning, refusal) = await commands.LoadForWarnAsync(request.WarningId, request.User, ct);
        if (warning is null)
        {
            return refusal!;
        }

        if (warning.Status is not (WarningStatus.Draft or WarningStatus.UpdateDrafted))
        {
            return WarningResult.Refused("not-pending", 409);
        }

        // Four eyes: whoever wrote the text awaiting approval may not approve it.
        if (request.Actor.UserId is null || warning.EditorId == request.Actor.UserId)
        {
            return WarningResult.Refused("self-approval", 409);
        }

        var type = warning.Status == WarningStatus.Draft ? CapMsgType.Alert : CapMsgType.Update;
        var message = issuer.Issue(warning, type, request.Actor);
        commands.Db.Add(message);
        warning.Status = WarningStatus.Issued;
        return await commands.SaveAsync(warning, ct);
    }
}
