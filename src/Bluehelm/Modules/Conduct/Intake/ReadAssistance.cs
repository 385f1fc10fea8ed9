using System.Globalization;
using System.Security.Claims;
using Bluehelm.Modules.Conduct.Data;
using Bluehelm.Modules.Conduct.Domain;
using Microsoft.EntityFrameworkCore;

namespace Bluehelm.Modules.Conduct.Intake;

/// <summary>A case as the assistance page shows it: reference, stage, victims and assistance; no investigation detail.</summary>
/// <param name="CaseId">The case.</param>
/// <param name="Reference">Its reference.</param>
/// <param name="MissionCode">Its mission.</param>
/// <param name="Stage">Where it stands.</param>
/// <param name="Victims">Its victim records (identity always "sealed" here).</param>
/// <param name="Assistance">The services requested and received, oldest request first.</param>
internal sealed record AssistanceView(Guid CaseId, string Reference, string MissionCode, CaseStage Stage, IReadOnlyList<VictimView> Victims, IReadOnlyList<AssistanceItem> Assistance);

/// <summary>A victim record: a count, an age group and a sex; the identity is never in this view.</summary>
/// <param name="Id">The victim record.</param>
/// <param name="Count">How many people it counts.</param>
/// <param name="AgeGroup">Child, adult or unknown.</param>
/// <param name="Sex">As recorded.</param>
/// <param name="Identity">Always "sealed" (identities open only through an audited reveal).</param>
internal sealed record VictimView(Guid Id, int Count, AgeGroup AgeGroup, Sex Sex, string Identity);

/// <summary>One service for a victim (or, with no <paramref name="VictimId"/>, for the case's victims).</summary>
/// <param name="Id">The assistance record.</param>
/// <param name="VictimId">The victim record, or null for the case's victims as a whole.</param>
/// <param name="Service">The kind of service.</param>
/// <param name="Provider">Who gives it.</param>
/// <param name="RequestedOn">The day it was requested.</param>
/// <param name="ReceivedOn">The day it was received, if it was.</param>
/// <param name="HasNote">Whether a sealed note exists (its text is never in this view).</param>
internal sealed record AssistanceItem(Guid Id, Guid? VictimId, AssistanceService Service, string Provider, DateOnly RequestedOn, DateOnly? ReceivedOn, bool HasNote);

/// <summary>
/// Reads a case's victims and assistance for a conduct officer or victims' rights advocate of its
/// mission (<see cref="CaseAccess.SeesVictims"/>); any other case is not found. Each read is audited.
/// </summary>
internal sealed class ReadAssistanceHandler(ConductDbContext db)
{
    public const string Sealed = "sealed";

    public async Task<AssistanceView?> HandleAsync(ClaimsPrincipal user, Guid caseId, CancellationToken ct)
    {
        var head = await db.Set<ConductCase>().AsNoTracking().Where(c => c.Id == caseId)
            .Select(c => new { c.Id, c.Reference, c.MissionCode, c.Stage }).SingleOrDefaultAsync(ct);
        if (head is null || !CaseAccess.SeesVictims(user, head.MissionCode))
        {
            return null;
        }

        var victims = await db.Set<CaseVictim>().AsNoTracking().Where(v => v.CaseId == caseId).OrderBy(v => v.Id)
            .Select(v => new VictimView(v.Id, v.Count, v.AgeGroup, v.Sex, Sealed)).ToListAsync(ct);
        var assistance = await db.Set<VictimAssistance>().AsNoTracking().Where(a => a.CaseId == caseId)
            .OrderBy(a => a.RequestedOn).ThenBy(a => a.Id)
            .Select(a => new AssistanceItem(a.Id, a.VictimId, a.Service, a.Provider, a.RequestedOn, a.ReceivedOn, a.NoteSealed != null)).ToListAsync(ct);
        db.RecordRead(nameof(ConductCase), head.Id.ToString(), "victim assistance: " + assistance.Count.ToString(CultureInfo.InvariantCulture) + " services listed");
        await db.SaveChangesAsync(ct);
        return new AssistanceView(head.Id, head.Reference, head.MissionCode, head.Stage, victims, assistance);
    }
}
