using System.Security.Claims;

namespace Bluehelm.Modules.EarlyWarning.Warnings;

/// <summary>
/// Edit a warning: a draft stays a draft (its editor, not its approver, is who last wrote it); an issued
/// warning's new text awaits a second person's approval (then issued as a CAP Update referencing every
/// earlier message), the issued version staying in force until then. The mission does not change.
/// </summary>
internal sealed record UpdateWarning(Guid WarningId, WarningRequest Request, WarningArea Area, ClaimsPrincipal User, WarningActor Actor);

internal sealed class UpdateWarningHandler(WarningCommands commands)
{
    public async Task<WarningResult> HandleAsync(UpdateWarning request, CancellationToken ct)
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

        WarningValidation.Apply(warning, request.Request, request.Area);
        warning.EditorId = request.Actor.UserId;
        warning.EditorName = request.Actor.Name;
        if (warning.Status == WarningStatus.Issued)
        {
            warning.Status = WarningStatus.UpdateDrafted;
        }
        return await commands.SaveAsync(warning, ct);
    }
}
