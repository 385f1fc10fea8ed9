using System.Security.Claims;
using Bluehelm.Modules.Conduct.Data;
using Bluehelm.Modules.Conduct.Domain;
using Bluehelm.Platform.Sealing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Bluehelm.Modules.Conduct.Cases;

/// <summary>
/// Runs a lifecycle act: the case must be one the user sees (else 404) and manages (a conduct officer
/// of its mission), be in a stage the act allows, and still have the version the user read; then
/// the act applies and the case is saved once with its new version and its audit lines.
/// </summary>
internal sealed class CaseCommands(ConductDbContext db, ISealer sealer, TimeProvider time, IOptions<ConductOptions> options)
{
    public async Task<CaseResult> RunAsync(ClaimsPrincipal user, Guid id, CaseCommand command, CancellationToken ct)
    {
        var today = DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime);
        var c = await CaseAccess.Visible(db.Set<ConductCase>(), user).Where(x => x.Id == id)
            .Include(x => x.Subjects).Include(x => x.Victims).Include(x => x.Allegations).Include(x => x.Pauses)
            .Include(x => x.Measures).Include(x => x.Actions)
            .AsSplitQuery().SingleOrDefaultAsync(ct);
        if (c is null)
        {
            return CaseResult.Refused(CaseResult.NotFound);
        }

        if (!CaseAccess.MayManage(user, c.MissionCode))
        {
            return CaseResult.Refused(CaseResult.Forbidden);
        }

        // A case out of reach is answered first (404), so nobody learns more of it from the checks of fields.
        var errors = new FieldErrors();
        command.Check(errors, today);
        if (errors.Count > 0)
        {
            return CaseResult.InvalidFields(errors);
        }

        if (c.Source != CaseSource.Live || !command.Stages.Contains(c.Stage))
        {
            return CaseResult.Refused(CaseResult.WrongStage);
        }

        if (c.Version != command.Version)
        {
            return CaseResult.Refused(CaseResult.Stale);
        }

        if (command.Apply(c, new CommandContext(today, options.Value, sealer, user)) is { } refused)
        {
            return refused == CaseResult.Invalid ? CaseResult.InvalidFields(errors) : CaseResult.Refused(refused);
        }

        c.Version++;
        c.UpdatedAt = time.GetUtcNow();
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            return CaseResult.Refused(CaseResult.Stale);
        }

        return CaseResult.Done(c.Id, c.Version);
    }
}
