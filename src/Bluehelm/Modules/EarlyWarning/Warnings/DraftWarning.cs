using Bluehelm.Modules.Missions.Contracts;
using Bluehelm.Platform.Data;
using Bluehelm.Platform.Idempotency;
using Microsoft.EntityFrameworkCore;

namespace Bluehelm.Modules.EarlyWarning.Warnings;

/// <summary>Draft a warning: a checked request (<see cref="WarningValidation"/>) of a mission the author may warn for.</summary>
internal sealed record DraftWarning(WarningRequest Request, WarningArea Area, MissionRef Mission, WarningActor Actor, IdempotencyKey? Idempotency = null);

/// <summary>Saves the draft; a retry with the same idempotency key (the form's second submit) gets the first draft back.</summary>
internal sealed class DraftWarningHandler(BluehelmDbContext db, TimeProvider time)
{
    public async Task<Warning> HandleAsync(DraftWarning draft, CancellationToken ct)
    {
        var key = draft.Idempotency;
        if (key is not null && await db.FindAsync(key, ct) is { } seen)
        {
            return await db.Set<Warning>().AsNoTracking().SingleAsync(w => w.Id == seen.ResultId, ct);
        }

        var warning = new Warning
        {
            MissionId = draft.Mission.Id,
            MissionCode = draft.Mission.Code,
            AuthorId = draft.Actor.UserId,
            AuthorName = draft.Actor.Name,
            EditorId = draft.Actor.UserId,
            EditorName = draft.Actor.Name,
            DraftedAt = time.GetUtcNow(),
        };
        WarningValidation.Apply(warning, draft.Request, draft.Area);
        db.Add(warning);
        if (key is null)
        {
            await db.SaveChangesAsync(ct);
            return warning;
        }

        db.Add(IdempotencyRecord.For(key, warning.Id, time.GetUtcNow()));
        var first = await db.WriteOnceAsync(key, db.SaveChangesAsync, ct);
        return first is null ? warning : await db.Set<Warning>().AsNoTracking().SingleAsync(w => w.Id == first.ResultId, ct);
    }
}
