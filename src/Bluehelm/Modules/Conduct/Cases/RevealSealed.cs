using System.Security.Claims;
using Bluehelm.Modules.Conduct.Data;
using Bluehelm.Modules.Conduct.Domain;
using Bluehelm.Platform.Sealing;
using Microsoft.EntityFrameworkCore;

namespace Bluehelm.Modules.Conduct.Cases;

/// <summary>Asks to open one sealed value of a case, with the reason (at least <see cref="RevealSealedHandler.MinReason"/> characters).</summary>
internal sealed record RevealRequest(SealedPart Part, Guid? ItemId, string? Reason);

/// <summary>
/// Opens one sealed value (a victim's or subject's identity, the narrative, the reporter) for a user
/// CaseAccess lets reveal it, and writes the reveal to the case's trail with the reason, never the
/// value. A case not visible is a 404; a visible case whose part the user may not open, a 403.
/// </summary>
internal sealed class RevealSealedHandler(ConductDbContext db, ISealer sealer)
{
    public const int MinReason = 10;
    public const int MaxReason = 500;

    public async Task<(RevealedValue? Value, CaseResult? Refused)> HandleAsync(ClaimsPrincipal user, Guid id, RevealRequest request, CancellationToken ct)
    {
        var c = await CaseAccess.Visible(db.Set<ConductCase>().AsNoTracking(), user).Where(x => x.Id == id)
            .Include(x => x.Subjects).Include(x => x.Victims).AsSplitQuery().SingleOrDefaultAsync(ct);
        if (c is null)
        {
            return (null, CaseResult.Refused(CaseResult.NotFound));
        }

        if (!CaseAccess.MayReveal(user, c.MissionCode, request.Part))
        {
            return (null, CaseResult.Refused(CaseResult.Forbidden));
        }

        var errors = new FieldErrors();
        errors.Defined("part", request.Part);
        var reason = errors.Text("reason", request.Reason, MaxReason, required: true);
        if (reason is { Length: < MinReason })
        {
            errors.Add("reason", "too-short");
        }

        if (request.Part is SealedPart.Victim or SealedPart.Subject && request.ItemId is null)
        {
            errors.Add("itemId", "required");
        }

        if (errors.Count > 0)
        {
            return (null, CaseResult.InvalidFields(errors));
        }

        var sealedValue = request.Part switch
        {
            SealedPart.Victim => c.Victims.SingleOrDefault(v => v.Id == request.ItemId)?.IdentitySealed,
            SealedPart.Subject => c.Subjects.SingleOrDefault(s => s.Id == request.ItemId)?.IdentitySealed,
            SealedPart.Narrative => c.NarrativeSealed,
            _ => c.ReporterSealed,
        };
        if (sealedValue is null)
        {
            return (null, CaseResult.Refused(CaseResult.NotFound));
        }

        var fields = CaseSeals.Open(sealer, sealedValue, request.Part);
        var item = request.Part is SealedPart.Victim or SealedPart.Subject ? " " + request.ItemId : "";
        db.RecordRead(CaseQueries.Entity, c.Id.ToString(), "reveal " + request.Part + item + "; reason: " + reason);
        await db.SaveChangesAsync(ct);
        return (new RevealedValue(request.Part, request.ItemId, fields), null);
    }
}
