using System.Security.Claims;
using Bluehelm.Modules.Conduct.Data;
using Bluehelm.Modules.Conduct.Domain;
using Bluehelm.Platform.Sealing;
using Microsoft.EntityFrameworkCore;

namespace Bluehelm.Modules.Conduct.Intake;

/// <summary>A service requested for a victim of the case (or, with no victim, for its victims as a whole).</summary>
/// <param name="VictimId">One of the case's victim records, or null for all of them.</param>
/// <param name="Service">medical, psychosocial, legal, material, education or other.</param>
/// <param name="Provider">The organisation that gives it (a clinic, an NGO), never a victim's name; up to 200 characters.</param>
/// <param name="RequestedOn">The day it was requested (not in the future).</param>
/// <param name="ReceivedOn">The day it was received, if already.</param>
/// <param name="Note">A note on the victim's needs (up to 2000 characters); kept sealed.</param>
internal sealed record AssistanceRequest(Guid? VictimId, AssistanceService? Service, string? Provider, DateOnly? RequestedOn, DateOnly? ReceivedOn = null, string? Note = null);

/// <summary>What came of recording a service: the record (new or the same one recorded before), or the field errors.</summary>
internal sealed record AssistanceResult(AssistanceItem? Item, bool Created, IReadOnlyList<(string Field, string Code)> Errors);

/// <summary>
/// Records a service for a case's victims. The same service from the same provider requested on the
/// same day for the same victim is one record: a second submit answers with the first.
/// </summary>
internal sealed class RecordAssistanceHandler(ConductDbContext db, ISealer sealer, TimeProvider time)
{
    public const int MaxProvider = 200;
    public const int MaxNote = 2000;

    /// <summary>Null when the case is not one the user may see.</summary>
    public async Task<AssistanceResult?> HandleAsync(ClaimsPrincipal user, Guid caseId, AssistanceRequest request, CancellationToken ct)
    {
        var mission = await db.Set<ConductCase>().AsNoTracking().Where(c => c.Id == caseId).Select(c => c.MissionCode).SingleOrDefaultAsync(ct);
        if (mission is null || !CaseAccess.SeesVictims(user, mission))
        {
            return null;
        }

        var today = DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime);
        var errors = Check(request, today);
        if (request.VictimId is { } victim && !await db.Set<CaseVictim>().AnyAsync(v => v.Id == victim && v.CaseId == caseId, ct))
        {
            errors.Add(("victimId", "unknown-victim"));
        }

        if (errors.Count > 0)
        {
            return new AssistanceResult(null, false, errors);
        }

        var provider = request.Provider!.Trim();
        var same = await db.Set<VictimAssistance>().AsNoTracking()
            .Where(a => a.CaseId == caseId && a.VictimId == request.VictimId && a.Service == request.Service && a.Provider == provider && a.RequestedOn == request.RequestedOn)
            .FirstOrDefaultAsync(ct);
        if (same is not null)
        {
            return new AssistanceResult(ItemOf(same), false, []);
        }

        var record = new VictimAssistance
        {
            CaseId = caseId,
            VictimId = request.VictimId,
            Service = request.Service!.Value,
            Provider = provider,
            RequestedOn = request.RequestedOn!.Value,
            ReceivedOn = request.ReceivedOn,
            NoteSealed = string.IsNullOrWhiteSpace(request.Note) ? null : sealer.Seal(request.Note.Trim(), IntakePurposes.AssistanceNote),
        };
        db.Add(record);
        await db.SaveChangesAsync(ct);
        return new AssistanceResult(ItemOf(record), true, []);
    }

    public static AssistanceItem ItemOf(VictimAssistance a) => new(a.Id, a.VictimId, a.Service, a.Provider, a.RequestedOn, a.ReceivedOn, a.NoteSealed != null);

    private static List<(string Field, string Code)> Check(AssistanceRequest r, DateOnly today)
    {
        var errors = new List<(string, string)>();
        if (r.Service is not { } service || !Enum.IsDefined(service))
        {
            errors.Add(("service", r.Service is null ? "required" : "invalid"));
        }

        if (string.IsNullOrWhiteSpace(r.Provider))
        {
            errors.Add(("provider", "required"));
        }
        else if (r.Provider.Length > MaxProvider || r.Provider.Any(char.IsControl))
        {
            errors.Add(("provider", r.Provider.Length > MaxProvider ? "too-long" : "control-character"));
        }

        if (r.RequestedOn is not { } requested)
        {
            errors.Add(("requestedOn", "required"));
        }
        else if (requested > today)
        {
            errors.Add(("requestedOn", "in-future"));
        }

        if (r.ReceivedOn is { } received && (received > today || (r.RequestedOn is { } from && received < from)))
        {
            errors.Add(("receivedOn", received > today ? "in-future" : "before-requested"));
        }

        if (r.Note is { Length: > MaxNote })
        {
            errors.Add(("note", "too-long"));
        }

        return errors;
    }
}
