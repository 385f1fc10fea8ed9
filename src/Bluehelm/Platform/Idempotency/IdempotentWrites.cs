using Bluehelm.Platform.Data;
using Microsoft.EntityFrameworkCore;

namespace Bluehelm.Platform.Idempotency;

/// <summary>
/// The one check, insert, catch and replay of idempotent writes. A caller looks for an earlier result
/// first (<see cref="FindAsync"/>), then writes its result together with its
/// <see cref="IdempotencyRecord"/> through <see cref="WriteOnceAsync"/>: when a concurrent request with
/// the same key won the insert, that request's record comes back instead. Only a unique-key violation
/// is taken for that race (<see cref="UniqueKeyViolation"/>); any other error is the caller's, unchanged.
/// </summary>
internal static class IdempotentWrites
{
    /// <summary>The record of an earlier request with this scope and key, or null.</summary>
    public static Task<IdempotencyRecord?> FindAsync(this BluehelmDbContext db, IdempotencyKey key, CancellationToken ct) =>
        db.Set<IdempotencyRecord>().AsNoTracking().SingleOrDefaultAsync(r => r.Scope == key.Scope && r.Key == key.Key, ct);

    /// <summary>
    /// Runs <paramref name="write"/>, which must insert the record of <paramref name="key"/> with its
    /// result. Null when it did; the winner's record when a concurrent request with the same key had
    /// inserted it first (the context's tracked changes are then dropped).
    /// </summary>
    public static async Task<IdempotencyRecord?> WriteOnceAsync(this BluehelmDbContext db, IdempotencyKey key, Func<CancellationToken, Task> write, CancellationToken ct)
    {
        try
        {
            await write(ct);
            return null;
        }
        catch (Exception e) when (UniqueKeyViolation.Is(e))
        {
            db.ChangeTracker.Clear();
            var first = await FindAsync(db, key, ct);
            if (first is null)
            {
                // Another unique key than this one was violated: not a race this can answer.
                throw;
            }

            return first;
        }
    }
}
