using System.Security.Claims;
using Bluehelm.Modules.Conduct.Data;
using Bluehelm.Modules.Conduct.Domain;
using Bluehelm.Platform.Geo;
using Bluehelm.Platform.Sealing;
using Microsoft.EntityFrameworkCore;

namespace Bluehelm.Modules.Conduct.Intake;

/// <summary>A person to check before deployment: the name with the date of birth, and/or the nationality with the national id number.</summary>
/// <param name="Name">Full name as written in the person's papers (accents, case, spacing do not matter).</param>
/// <param name="DateOfBirth">Date of birth.</param>
/// <param name="Nationality">ISO 3166 alpha-2.</param>
/// <param name="NationalId">National id or passport number.</param>
internal sealed record ScreeningRequest(string? Name, DateOnly? DateOfBirth, string? Nationality, string? NationalId);

/// <summary>"record found" or "no record", and the references of the found cases the officer may open (nothing else of them).</summary>
/// <param name="RecordFound">The person is a subject of a substantiated case.</param>
/// <param name="References">The references of those cases that the officer may see; others are counted, not named.</param>
/// <param name="OtherRecords">Records in cases the officer may not open.</param>
internal sealed record ScreeningResult(bool RecordFound, IReadOnlyList<string> References, int OtherRecords);

/// <summary>
/// Pre-deployment screening: the typed values are turned into the same keyed hashes the subjects
/// carry (<see cref="ScreeningKeys"/>), under every lookup key, and matched against subjects of
/// substantiated cases. The values are neither stored nor logged; the check itself is audited, without them.
/// </summary>
internal sealed class ScreenPersonHandler(ConductDbContext db, ISealer sealer)
{
    public const int MaxName = 200;
    public const int MaxNationalId = 50;

    public static List<(string Field, string Code)> Check(ScreeningRequest r, DateOnly today)
    {
        var errors = new List<(string, string)>();
        if (string.IsNullOrWhiteSpace(r.Name) || ScreeningKeys.NormalizeName(r.Name) is null)
        {
            errors.Add(("name", "required"));
        }
        else if (r.Name.Length > MaxName)
        {
            errors.Add(("name", "too-long"));
        }

        if (r.DateOfBirth is { } dob && (dob > today || dob.Year < 1900))
        {
            errors.Add(("dateOfBirth", "out-of-range"));
        }

        if (r.Nationality is { Length: > 0 } iso && (iso.Length != 2 || Countries.Find(iso) is null))
        {
            errors.Add(("nationality", "unknown-country"));
        }

        if (r.NationalId is { Length: > MaxNationalId })
        {
            errors.Add(("nationalId", "too-long"));
        }
        else if (!string.IsNullOrWhiteSpace(r.NationalId) && string.IsNullOrWhiteSpace(r.Nationality))
        {
            errors.Add(("nationality", "required-with-national-id"));
        }

        if (r.DateOfBirth is null && string.IsNullOrWhiteSpace(r.NationalId))
        {
            errors.Add(("dateOfBirth", "date-of-birth-or-national-id"));
        }

        return errors;
    }

    public async Task<ScreeningResult> HandleAsync(ClaimsPrincipal user, ScreeningRequest r, CancellationToken ct)
    {
        var names = ScreeningKeys.NameKey(r.Name, r.DateOfBirth) is { } nameKey && r.DateOfBirth is not null
            ? sealer.LookupCandidates(nameKey, ScreeningKeys.NamePurpose)
            : [];
        var ids = ScreeningKeys.NationalIdKey(r.Nationality, r.NationalId) is { } idKey ? sealer.LookupCandidates(idKey, ScreeningKeys.NationalIdPurpose) : [];
        var cases = db.Set<ConductCase>().AsNoTracking().Where(c => c.Finding == Finding.Substantiated);
        var matching = cases.Where(c => c.Subjects.Any(s => (s.NameLookup != null && names.Contains(s.NameLookup)) || (s.NationalIdLookup != null && ids.Contains(s.NationalIdLookup))));
        var all = await matching.Select(c => c.Id).ToListAsync(ct);
        var visible = all.Count == 0 ? [] : await CaseAccess.Visible(matching, user).OrderBy(c => c.Reference).Select(c => c.Reference).ToListAsync(ct);
        db.RecordRead("ScreeningCheck", null, all.Count > 0 ? "screening: record found" : "screening: no record");
        await db.SaveChangesAsync(ct);
        return new ScreeningResult(all.Count > 0, visible, all.Count - visible.Count);
    }
}
