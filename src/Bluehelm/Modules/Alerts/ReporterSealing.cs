using Bluehelm.Platform.Data;
using Bluehelm.Platform.Sealing;
using Microsoft.EntityFrameworkCore;

namespace Bluehelm.Modules.Alerts;

/// <summary>
/// The alerts' sealed reporter fields for the platform's start (<see cref="SealingStartup"/>): a
/// sample to check the keys with, and the sealing of the names and phones a release before sealing
/// stored in clear (in the same columns), with their lookup hashes; then the old text is scrubbed
/// from the database files.
/// </summary>
internal sealed class ReporterSealing(BluehelmDbContext db, ISealer sealer) : ISealedFields
{
    /// <summary>Rows sealed per transaction: a large database is sealed in steps a restart can resume.</summary>
    internal const int BatchSize = 500;

    public string Name => "alert reporters";

    public async Task<SealedSample?> SampleAsync(CancellationToken ct)
    {
        // The lookup index finds a row with a phone at once; a name alone is the rare case.
        var phone = await db.Set<Alert>().AsNoTracking()
            .Where(a => a.ReporterPhoneLookup != null && a.SealedReporterPhone != null && a.SealedReporterPhone.StartsWith(Sealer.Prefix))
            .OrderBy(a => a.ReporterPhoneLookup)
            .Select(a => new { a.SealedReporterPhone, a.ReporterPhoneLookup })
            .FirstOrDefaultAsync(ct);
        if (phone is not null)
        {
            return new SealedSample(phone.SealedReporterPhone!, ReporterSeal.PhonePurpose, phone.ReporterPhoneLookup);
        }

        var name = await db.Set<Alert>().AsNoTracking()
            .Where(a => a.SealedReporterName != null && a.SealedReporterName.StartsWith(Sealer.Prefix))
            .Select(a => a.SealedReporterName)
            .FirstOrDefaultAsync(ct);
        return name is null ? null : new SealedSample(name, ReporterSeal.NamePurpose, null);
    }

    public async Task<int> SealClearValuesAsync(CancellationToken ct)
    {
        var total = 0;
        var fruitless = 0;
        await db.Database.OpenConnectionAsync(ct);
        try
        {
            // The clear text each update replaces is zeroed in its page as it is overwritten.
            await ClearTextScrub.SecureDeleteAsync(db, on: true, ct);
            while (true)
            {
                var batch = await Pending().OrderBy(a => a.Id).Take(BatchSize)
                    .Select(a => new Row(a.Id, a.SealedReporterName, a.SealedReporterPhone, a.ReporterPhoneLookup))
                    .ToListAsync(ct);
                if (batch.Count == 0)
                {
                    break;
                }

                var changed = 0;
                await using (var transaction = await db.Database.BeginTransactionAsync(ct))
                {
                    foreach (var row in batch)
                    {
                        changed += await SealAsync(row, ct);
                    }

                    await transaction.CommitAsync(ct);
                }

                total += changed;

                // A batch whose every row was changed by someone else meanwhile is read again, a few times.
                fruitless = changed == 0 ? fruitless + 1 : 0;
                if (fruitless > 3)
                {
                    throw new InvalidOperationException("Alert reporters could not be sealed: the rows kept changing while they were sealed; run 'bluehelm sealing migrate' again.");
                }
            }

            await ClearTextScrub.SecureDeleteAsync(db, on: false, ct);
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }

        if (total > 0)
        {
            await ClearTextScrub.RewriteAsync(db, "alerts", ct);
        }

        return total;
    }

    /// <summary>Alerts with a reporter value still in clear, or a phone without its lookup hash.</summary>
    private IQueryable<Alert> Pending() => db.Set<Alert>().AsNoTracking().Where(a =>
        (a.SealedReporterName != null && !a.SealedReporterName.StartsWith(Sealer.Prefix))
        || (a.SealedReporterPhone != null && (!a.SealedReporterPhone.StartsWith(Sealer.Prefix) || a.ReporterPhoneLookup == null)));

    /// <summary>Seals one row, only if it still holds what was read (another writer's change is never overwritten); 1 when written.</summary>
    private async Task<int> SealAsync(Row row, CancellationToken ct)
    {
        var name = row.Name is null || Sealer.IsSealed(row.Name) ? row.Name : sealer.Seal(row.Name.Trim(), ReporterSeal.NamePurpose);
        string? phone = row.Phone;
        string? lookup = row.Lookup;
        if (row.Phone is not null)
        {
            var clear = Sealer.IsSealed(row.Phone) ? sealer.Unseal(row.Phone, ReporterSeal.PhonePurpose)! : row.Phone;
            var normalized = PhoneNumbers.Normalize(clear) ?? clear.Trim();
            phone = Sealer.IsSealed(row.Phone) ? row.Phone : sealer.Seal(normalized, ReporterSeal.PhonePurpose);
            lookup = sealer.Lookup(normalized, ReporterSeal.PhonePurpose);
        }

        return await db.Set<Alert>()
            .Where(a => a.Id == row.Id && a.SealedReporterName == row.Name && a.SealedReporterPhone == row.Phone)
            .ExecuteUpdateAsync(
                s => s.SetProperty(a => a.SealedReporterName, name).SetProperty(a => a.SealedReporterPhone, phone).SetProperty(a => a.ReporterPhoneLookup, lookup),
                ct);
    }

    private sealed record Row(Guid Id, string? Name, string? Phone, string? Lookup);
}
