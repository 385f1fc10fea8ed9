using System.Security.Claims;
using Bluehelm.Modules.Conduct.Data;
using Bluehelm.Modules.Conduct.Domain;
using Microsoft.EntityFrameworkCore;

namespace Bluehelm.Modules.Conduct.Intake;

/// <summary>The day a requested service was received.</summary>
/// <param name="ReceivedOn">Not before it was requested, not in the future; empty: today.</param>
internal sealed record ReceivedRequest(DateOnly? ReceivedOn);

/// <summary>
/// Marks a service received. Marking it again changes nothing and answers with the day first
/// recorded, so a resent form does not move the date.
/// </summary>
internal sealed class MarkAssistanceReceivedHandler(ConductDbContext db, TimeProvider time)
{
    /// <summary>Null when the case or the service is not one the user may see.</summary>
    public async Task<AssistanceResult?> HandleAsync(ClaimsPrincipal user, Guid caseId, Guid assistanceId, ReceivedRequest request, CancellationToken ct)
    {
        var mission = await db.Set<ConductCase>().AsNoTracking().Where(c => c.Id == caseId).Select(c => c.MissionCode).SingleOrDefaultAsync(ct);
        if (mission is null || !CaseAccess.SeesVictims(user, mission))
        {
            return null;
        }

        var record = await db.Set<VictimAssistance>().SingleOrDefaultAsync(a => a.Id == assistanceId && a.CaseId == caseId, ct);
        if (record is null)
        {
            return null;
        }

        if (record.ReceivedOn is not null)
        {
            return new AssistanceResult(RecordAssistanceHandler.ItemOf(record), false, []);
        }

        var today = DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime);
        var received = request.ReceivedOn ?? today;
        if (received > today || received < record.RequestedOn)
        {
            return new AssistanceResult(null, false, [("receivedOn", received > today ? "in-future" : "before-requested")]);
        }

        record.ReceivedOn = received;
        await db.SaveChangesAsync(ct);
        return new AssistanceResult(RecordAssistanceHandler.ItemOf(record), true, []);
    }
}
