using Bluehelm.Platform.Audit;
using Bluehelm.Platform.Data;
using Bluehelm.Platform.Geo;
using Microsoft.EntityFrameworkCore;

namespace Bluehelm.Modules.Missions;

/// <summary>Keeps the member-state table in step with the country data the system carries.</summary>
internal sealed class ReferenceData(BluehelmDbContext db, AuditContext audit)
{
    public async Task EnsureCountriesAsync(CancellationToken ct)
    {
        var existing = await db.Set<MemberState>().ToDictionaryAsync(m => m.Iso2, StringComparer.Ordinal, ct);
        var previous = audit.BulkOperation;
        audit.BulkOperation = "reference data: countries (ICU/CLDR)";
        try
        {
            foreach (var c in Countries.All)
            {
                var francophone = Countries.IsFrancophone(c.Iso2);
                if (!existing.TryGetValue(c.Iso2, out var state))
                {
                    db.Add(new MemberState { Iso2 = c.Iso2, Iso3 = c.Iso3, NameEn = c.NameEn, NameFr = c.NameFr, Francophone = francophone });
                }
                else if ((state.Iso3, state.NameEn, state.NameFr, state.Francophone) != (c.Iso3, c.NameEn, c.NameFr, francophone))
                {
                    (state.Iso3, state.NameEn, state.NameFr, state.Francophone) = (c.Iso3, c.NameEn, c.NameFr, francophone);
                }
            }

            await db.SaveChangesAsync(ct);
        }
        finally
        {
            audit.BulkOperation = previous;
        }
    }
}
