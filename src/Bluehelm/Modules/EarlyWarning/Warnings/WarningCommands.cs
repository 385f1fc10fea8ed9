using System.Security.Claims;
using Bluehelm.Platform.Data;
using Bluehelm.Platform.Idempotency;
using Microsoft.EntityFrameworkCore;

namespace Bluehelm.Modules.EarlyWarning.Warnings;

/// <summary>What the warning commands share: loading a warning with its messages through the access rule, and a save that loses no race silently.</summary>
internal sealed class WarningCommands(BluehelmDbContext db)
{
    public BluehelmDbContext Db => db;

    /// <summary>The warning when <paramref name="user"/> reads it; then whether they may warn for its mission.</summary>
    public async Task<(Warning? Warning, WarningResult? Refusal)> LoadForWarnAsync(Guid id, ClaimsPrincipal user, CancellationToken ct)
    {
        var warning = await db.Set<Warning>().Include(w => w.Messages).SingleOrDefaultAsync(w => w.Id == id, ct);
        if (warning is null || !WarningAccess.MayRead(user, warning.MissionCode))
        {
            return (null, WarningResult.NotFound);
        }

        return WarningAccess.MayWarn(user, warning.MissionCode) ? (warning, null) : (null, WarningResult.Forbidden);
    }

    /// <summary>Saves; a concurrent change of the same warning (another approval, an edit) is refused, not merged.</summary>
    public async Task<WarningResult> SaveAsync(Warning warning, CancellationToken ct)
    {
        warning.Revision++;
        try
        {
            await db.SaveChangesAsync(ct);
            return new WarningResult(warning);
        }
        catch (Exception e) when (e is DbUpdateConcurrencyException || UniqueKeyViolation.Is(e))
        {
            db.ChangeTracker.Clear();
            return WarningResult.Refused("concurrent-change", 409);
        }
    }
}
