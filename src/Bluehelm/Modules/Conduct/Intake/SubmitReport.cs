using System.Security.Cryptography;
using System.Text;
using Bluehelm.Modules.Conduct.Cases;
using Bluehelm.Modules.Conduct.Data;
using Bluehelm.Modules.Conduct.Domain;
using Bluehelm.Modules.Missions.Contracts;
using Bluehelm.Platform.Idempotency;
using Bluehelm.Platform.Sealing;
using Microsoft.EntityFrameworkCore;

namespace Bluehelm.Modules.Conduct.Intake;

/// <summary>A checked report for a known mission, and the key that makes a second submit find the first (form token or Idempotency-Key).</summary>
internal sealed record SubmitReport(ReportRequest Report, MissionRef Mission, ReportKey Key);

/// <summary>A report's idempotency key: "form:&lt;token&gt;" or "api:&lt;Idempotency-Key&gt;", and a hash of what was sent; <see cref="None"/> for an API call without a key.</summary>
internal sealed record ReportKey(string Key, string RequestHash)
{
    /// <summary>No key: the report is taken as new, and no receipt is kept.</summary>
    public static readonly ReportKey None = new("", "");

    public bool IsNone => Key.Length == 0;

    public string Hash => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(Key)));
}

/// <summary>What came of a submit: a new case with its secret, the case an earlier submit made (no secret), or a key reused for another report.</summary>
internal sealed record SubmitResult(ReportReceived? Received, bool Conflict);

/// <summary>
/// Takes in an anonymous report: a live case at stage Received, the narrative, place and contact
/// sealed, the status secret hashed, and a receipt of the key, all in one save. A lost race on the
/// reference (another case took the number) is retried once with the next number; a lost race on the
/// key (the same form sent twice at once) answers as the first submit did.
/// </summary>
internal sealed class SubmitReportHandler(ConductDbContext db, ISealer sealer, TimeProvider time)
{
    /// <summary>The words the subject category keeps when a member of the public said who was involved.</summary>
    public const string UniformedAsReported = "Uniformed (as reported by the public)";
    public const string CivilianAsReported = "Civilian (as reported by the public)";

    public async Task<SubmitResult> HandleAsync(SubmitReport command, CancellationToken ct)
    {
        if (!command.Key.IsNone && await EarlierAsync(command.Key, ct) is { } earlier)
        {
            return earlier;
        }

        for (var attempt = 0; ; attempt++)
        {
            var secret = ReportSecrets.New();
            var @case = await NewCaseAsync(command, secret, ct);
            db.Add(@case);
            if (!command.Key.IsNone)
            {
                db.Add(new ReportReceipt { KeyHash = command.Key.Hash, RequestHash = command.Key.RequestHash, CaseId = @case.Id, CreatedAt = @case.CreatedAt });
            }

            try
            {
                await db.SaveChangesAsync(ct);
                return new SubmitResult(new ReportReceived(@case.Reference, secret, false, @case.ReportedOn), false);
            }
            catch (DbUpdateException e) when (UniqueKeyViolation.Is(e))
            {
                db.ChangeTracker.Clear();
                if (!command.Key.IsNone && await EarlierAsync(command.Key, ct) is { } first)
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

    private async Task<SubmitResult?> EarlierAsync(ReportKey key, CancellationToken ct)
    {
        var hash = key.Hash;
        var receipt = await db.Set<ReportReceipt>().AsNoTracking().SingleOrDefaultAsync(r => r.KeyHash == hash, ct);
        if (receipt is null)
        {
            return null;
        }

        if (!string.Equals(receipt.RequestHash, key.RequestHash, StringComparison.Ordinal))
        {
            return new SubmitResult(null, true);
        }

        var first = await db.Set<ConductCase>().AsNoTracking().Where(c => c.Id == receipt.CaseId)
            .Select(c => new { c.Reference, c.ReportedOn }).SingleAsync(ct);
        return new SubmitResult(new ReportReceived(first.Reference, null, true, first.ReportedOn), false);
    }

    private async Task<ConductCase> NewCaseAsync(SubmitReport command, string secret, CancellationToken ct)
    {
        var r = command.Report;
        var now = time.GetUtcNow();
        var today = DateOnly.FromDateTime(now.UtcDateTime);
        var when = ReportValidation.ParseWhen(r.When);
        // The narrative is plain text, as the case detail reveals it; the place the reporter gave follows it
        // under a bilingual label, so an officer reading either language sees where it happened.
        var narrative = Blank(r.Where) is { } where ? r.WhatHappened!.Trim() + "\n\nWhere / Lieu : " + where : r.WhatHappened!.Trim();
        var @case = new ConductCase
        {
            Reference = await CaseReferences.NextAsync(db, command.Mission.Code, today.Year, ct),
            MissionId = command.Mission.Id,
            MissionCode = command.Mission.Code,
            Source = CaseSource.Live,
            Stage = CaseStage.Received,
            ReportedOn = today,
            ReportedPrecision = DatePrecision.Day,
            ReportedYear = today.Year,
            IncidentFrom = when?.Date,
            IncidentFromPrecision = when?.Precision ?? DatePrecision.Unknown,
            HowReported = HowReported.AnonymousForm,
            Urgent = r.Harmed?.AgeGroup == AgeGroup.Child,
            NarrativeSealed = sealer.Seal(narrative, CaseSeals.Narrative),
            ReporterSealed = Blank(r.Contact) is { } contact
                ? CaseSeals.SealIdentity(sealer, CaseSeals.Reporter, ("contact", contact))
                : null,
            StatusSecretHash = ReportSecrets.Hash(secret),
            CreatedAt = now,
            UpdatedAt = now,
        };
        if (r.Harmed is { } h && (h.AgeGroup is not null || h.Sex is not null || h.Count is not null))
        {
            @case.Victims.Add(new CaseVictim { CaseId = @case.Id, Count = h.Count ?? 1, AgeGroup = h.AgeGroup ?? AgeGroup.Unknown, Sex = h.Sex ?? Sex.Unknown });
        }

        if (r.Involved is { } i && (i.Kind is InvolvedPersonnel.Uniformed or InvolvedPersonnel.Civilian || !string.IsNullOrWhiteSpace(i.Nationality)))
        {
            @case.Subjects.Add(new CaseSubject
            {
                CaseId = @case.Id,
                Category = PersonnelCategory.Other,
                CategoryText = i.Kind switch { InvolvedPersonnel.Uniformed => UniformedAsReported, InvolvedPersonnel.Civilian => CivilianAsReported, _ => null },
                NationalityIso2 = Blank(i.Nationality)?.ToUpperInvariant(),
            });
        }

        return @case;
    }

    private static string? Blank(string? s) => string.IsNullOrWhiteSpace(s) ? null : s.Trim();
}
