using Bluehelm.Modules.Conduct.Data;
using Bluehelm.Modules.Conduct.Domain;
using Microsoft.EntityFrameworkCore;

namespace Bluehelm.Modules.Conduct.Intake;

/// <summary>A reporter's status check: the reference and the secret they were given (sent in a POST body, never a URL).</summary>
/// <param name="Reference">The case reference.</param>
/// <param name="Secret">The secret, with or without its dashes, any case.</param>
internal sealed record StatusRequest(string? Reference, string? Secret);

/// <summary>
/// Where a report stands, in the few words a reporter may have: no names, no findings beyond "concluded".
/// </summary>
/// <param name="Reference">The case reference.</param>
/// <param name="Stage">received, assessment, referred, investigation, findings or closed.</param>
/// <param name="ReceivedOn">The day the report was received.</param>
/// <param name="Referred">Referred to the country of the personnel involved.</param>
/// <param name="Investigated">An investigation was started.</param>
/// <param name="Concluded">The investigation has concluded.</param>
/// <param name="Closed">The case is closed.</param>
internal sealed record ReportStatus(string Reference, CaseStage Stage, DateOnly ReceivedOn, bool Referred, bool Investigated, bool Concluded, bool Closed);

/// <summary>
/// Checks a reference and its secret. An unknown reference and a wrong secret are one answer (null)
/// after the same work: a hash is verified either way, so neither the answer nor its time tells
/// whether a reference exists. Only live cases reported through the public form have a secret.
/// </summary>
internal sealed class CheckReportStatusHandler(ConductDbContext db)
{
    public const int MaxReference = 40;
    public const int MaxSecret = 100;

    public async Task<ReportStatus?> HandleAsync(StatusRequest request, CancellationToken ct)
    {
        var reference = (request.Reference ?? "").Trim().ToUpperInvariant();
        var secret = request.Secret ?? "";
        var found = reference.Length is > 0 and <= MaxReference && secret.Length <= MaxSecret
            ? await db.Set<ConductCase>().AsNoTracking()
                .Where(c => c.Reference == reference && c.Source == CaseSource.Live && c.StatusSecretHash != null)
                .Select(c => new
                {
                    c.Id, c.Reference, c.Stage, c.ReportedOn, c.StatusSecretHash, c.ReferredOn, c.InvestigationStartedOn, c.InvestigationCompletedOn, c.Finding, c.ClosedOn,
                })
                .SingleOrDefaultAsync(ct)
            : null;
        if (!ReportSecrets.Verify(found?.StatusSecretHash, secret.Length <= MaxSecret ? secret : "") || found is null)
        {
            return null;
        }

        db.RecordRead(nameof(ConductCase), found.Id.ToString(), "status check by the reporter (reference and secret)");
        await db.SaveChangesAsync(ct);
        var closed = found.Stage == CaseStage.Closed || found.ClosedOn is not null;
        return new ReportStatus(
            found.Reference,
            found.Stage,
            found.ReportedOn,
            found.ReferredOn is not null || found.Stage == CaseStage.Referred,
            found.InvestigationStartedOn is not null || found.Stage is CaseStage.Investigation or CaseStage.Findings,
            found.InvestigationCompletedOn is not null || found.Finding != Finding.Pending || found.Stage == CaseStage.Findings,
            closed);
    }
}
