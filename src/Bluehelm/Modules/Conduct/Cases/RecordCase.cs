using System.Security.Claims;
using Bluehelm.Modules.Conduct.Data;
using Bluehelm.Modules.Conduct.Domain;
using Bluehelm.Modules.Missions.Contracts;
using Bluehelm.Platform.Idempotency;
using Bluehelm.Platform.Identity;
using Bluehelm.Platform.Sealing;
using Microsoft.EntityFrameworkCore;

namespace Bluehelm.Modules.Conduct.Cases;

/// <summary>An allegation as recorded: the UN's category and sub-type.</summary>
internal sealed record AllegationInput(AllegationCategory Category, AllegationType Type);

/// <summary>
/// A new case as a conduct officer records it. The incident date is one day, a month, a year, or a
/// range (<see cref="IncidentTo"/>) of such; each end is given as a date whose unknown parts are 1.
/// </summary>
internal sealed record NewCase(
    string? Mission,
    DateOnly? ReportedOn,
    DateOnly? IncidentFrom,
    DatePrecision IncidentFromPrecision,
    DateOnly? IncidentTo,
    DatePrecision IncidentToPrecision,
    HowReported HowReported,
    bool Urgent,
    IReadOnlyList<AllegationInput>? Allegations,
    IReadOnlyList<SubjectInput>? Subjects,
    IReadOnlyList<VictimInput>? Victims,
    bool PaternityClaimed,
    string? Narrative,
    string? ReporterName,
    string? ReporterContact)
{
    public void Check(FieldErrors errors, DateOnly today)
    {
        errors.Text("mission", Mission, 16, required: true);
        if (ReportedOn is null)
        {
            errors.Add("reportedOn", "required");
        }

        errors.NotFuture("reportedOn", ReportedOn, today);
        errors.Defined("incidentFromPrecision", IncidentFromPrecision);
        errors.Defined("incidentToPrecision", IncidentToPrecision);
        errors.NotFuture("incidentFrom", IncidentFrom, today);
        if (IncidentFrom is null && IncidentFromPrecision != DatePrecision.Unknown)
        {
            errors.Add("incidentFrom", "required");
        }

        if (IncidentTo is { } to && (IncidentFrom is null || to < IncidentFrom))
        {
            errors.Add("incidentTo", "before-start");
        }

        if (IncidentFrom > ReportedOn)
        {
            errors.Add("incidentFrom", "after-report");
        }

        errors.Defined("howReported", HowReported);
        if (Allegations is not { Count: > 0 })
        {
            errors.Add("allegations", "required");
        }

        if ((Allegations ?? []).Any(a => a is null) || (Subjects ?? []).Any(x => x is null) || (Victims ?? []).Any(x => x is null))
        {
            errors.Add("allegations", "invalid");
            return;
        }

        foreach (var (a, i) in (Allegations ?? []).Select((a, i) => (a, i)))
        {
            errors.Defined($"allegations[{i}].category", a.Category);
            errors.Defined($"allegations[{i}].type", a.Type);
        }

        foreach (var (s, i) in (Subjects ?? []).Select((s, i) => (s, i)))
        {
            s.Check(errors, $"subjects[{i}].", today);
        }

        foreach (var (v, i) in (Victims ?? []).Select((v, i) => (v, i)))
        {
            v.Check(errors, $"victims[{i}].");
        }

        errors.Text("narrative", Narrative, 20_000);
        errors.Text("reporterName", ReporterName, 200);
        errors.Text("reporterContact", ReporterContact, 200);
        if ((Allegations?.Count ?? 0) > 20 || (Subjects?.Count ?? 0) > 50 || (Victims?.Count ?? 0) > 50)
        {
            errors.Add("allegations", "too-many");
        }
    }
}

/// <summary>
/// Records a case: checks it, seals every identity and the narrative, numbers it
/// (<see cref="CaseReferences"/>), and saves it once. The same submission twice (the same
/// <c>key</c> from the same user) gives the first case back; two cases numbered at once, the
/// second asks for the next number.
/// </summary>
internal sealed class RecordCaseHandler(ConductDbContext db, ISealer sealer, IMissionDirectory missions, TimeProvider time)
{
    public async Task<CaseResult> HandleAsync(ClaimsPrincipal user, NewCase request, string? key, CancellationToken ct)
    {
        var now = time.GetUtcNow();
        var today = DateOnly.FromDateTime(now.UtcDateTime);
        var errors = new FieldErrors();
        request.Check(errors, today);
        var mission = errors.Count == 0 ? await missions.FindAsync(request.Mission!.Trim(), ct) : null;
        if (errors.Count == 0 && (mission is null || !CaseAccess.MayManage(user, mission.Code)))
        {
            errors.Add("mission", "not-yours");
        }

        if (errors.Count > 0 || mission is null)
        {
            return CaseResult.InvalidFields(errors);
        }

        var scoped = key is { Length: > 0 } ? "user:" + user.UserId()?.ToString("N") + ":" + key : null;
        var intakeKey = scoped?[..Math.Min(200, scoped.Length)];
        if (await FindAsync(intakeKey, ct) is { } earlier)
        {
            return earlier;
        }

        for (var attempt = 0; ; attempt++)
        {
            var c = Build(request, mission, intakeKey, now, today);
            c.Reference = await CaseReferences.NextAsync(db, mission.Code, today.Year, ct);
            db.Add(c);
            try
            {
                await db.SaveChangesAsync(ct);
                return CaseResult.Done(c.Id, c.Version);
            }
            catch (DbUpdateException e) when (UniqueKeyViolation.Is(e))
            {
                db.ChangeTracker.Clear();
                if (await FindAsync(intakeKey, ct) is { } first)
                {
                    return first;
                }

                if (attempt > 0)
                {
                    throw;
                }
            }
        }
    }

    private async Task<CaseResult?> FindAsync(string? intakeKey, CancellationToken ct) =>
        intakeKey is null ? null
        : await db.Set<ConductCase>().AsNoTracking().Where(c => c.IntakeKey == intakeKey).Select(c => CaseResult.Done(c.Id, c.Version)).SingleOrDefaultAsync(ct);

    private ConductCase Build(NewCase r, MissionRef mission, string? intakeKey, DateTimeOffset now, DateOnly today)
    {
        var c = new ConductCase
        {
            Reference = "",
            MissionId = mission.Id,
            MissionCode = mission.Code,
            Source = CaseSource.Live,
            Stage = CaseStage.Received,
            ReportedOn = r.ReportedOn ?? today,
            ReportedPrecision = DatePrecision.Day,
            ReportedYear = (r.ReportedOn ?? today).Year,
            IncidentFrom = r.IncidentFrom,
            IncidentFromPrecision = r.IncidentFrom is null ? DatePrecision.Unknown : r.IncidentFromPrecision,
            IncidentTo = r.IncidentTo,
            IncidentToPrecision = r.IncidentTo is null ? DatePrecision.Unknown : r.IncidentToPrecision,
            HowReported = r.HowReported,
            Urgent = r.Urgent,
            PaternityClaimed = r.PaternityClaimed,
            PaternityEstablished = r.PaternityClaimed ? Answer.Pending : Answer.NotApplicable,
            NarrativeSealed = string.IsNullOrWhiteSpace(r.Narrative) ? null : sealer.Seal(r.Narrative.Trim(), CaseSeals.Narrative),
            ReporterSealed = CaseSeals.SealIdentity(sealer, CaseSeals.Reporter, ("name", r.ReporterName), ("contact", r.ReporterContact)),
            IntakeKey = intakeKey,
            CreatedAt = now,
            UpdatedAt = now,
            Version = 1,
        };
        c.Allegations.AddRange((r.Allegations ?? []).Select(a => new CaseAllegation { CaseId = c.Id, Category = a.Category, Type = a.Type }));
        c.Subjects.AddRange((r.Subjects ?? []).Select(s => s.ToSubject(c.Id, sealer)));
        c.Victims.AddRange((r.Victims ?? []).Select(v => v.ToVictim(c.Id, sealer)));
        return c;
    }
}
