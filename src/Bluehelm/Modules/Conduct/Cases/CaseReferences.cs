using System.Globalization;
using Bluehelm.Modules.Conduct.Data;
using Bluehelm.Modules.Conduct.Domain;
using Microsoft.EntityFrameworkCore;

namespace Bluehelm.Modules.Conduct.Cases;

/// <summary>
/// References of live cases: <c>SEA-&lt;MISSION&gt;-&lt;YEAR&gt;-&lt;NNNN&gt;</c>, numbered per mission and year.
/// Two cases made at once may get the same number: the unique index refuses the second, whose
/// writer asks again (<c>Platform/Idempotency/UniqueKeyViolation</c>).
/// </summary>
internal static class CaseReferences
{
    public static string Prefix(string missionCode, int year) =>
        "SEA-" + missionCode.ToUpperInvariant() + "-" + year.ToString("D4", CultureInfo.InvariantCulture) + "-";

    public static async Task<string> NextAsync(ConductDbContext db, string missionCode, int year, CancellationToken ct)
    {
        var prefix = Prefix(missionCode, year);
        var taken = await db.Set<ConductCase>().AsNoTracking()
            .Where(c => c.Source == CaseSource.Live && c.Reference.StartsWith(prefix))
            .Select(c => c.Reference)
            .ToListAsync(ct);
        var last = taken.Select(r => int.TryParse(r.AsSpan(prefix.Length), NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : 0).DefaultIfEmpty(0).Max();
        return prefix + (last + 1).ToString("D4", CultureInfo.InvariantCulture);
    }
}
