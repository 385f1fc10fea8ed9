using Bluehelm.Modules.Conduct.Domain;
using Bluehelm.Modules.Conduct.Intake;
using Bluehelm.Platform.Geo;
using Bluehelm.Platform.Sealing;

namespace Bluehelm.Modules.Conduct.Cases;

/// <summary>
/// A subject as recorded at intake or added later: count, category, nationality (required for
/// uniformed personnel, ISO 3166 alpha-2), unit, and an optional identity that is only ever stored
/// sealed, with the keyed hashes screening looks for.
/// </summary>
internal sealed record SubjectInput(int Count, PersonnelCategory Category, string? Nationality, string? Unit, string? Name, DateOnly? DateOfBirth, string? NationalId)
{
    public static bool IsUniformed(PersonnelCategory category) => category is PersonnelCategory.MilitaryContingent or PersonnelCategory.StaffOfficerOrObserver
        or PersonnelCategory.FormedPolice or PersonnelCategory.IndividualPolice or PersonnelCategory.Corrections;

    public void Check(FieldErrors errors, string prefix, DateOnly today)
    {
        errors.InRange(prefix + "count", Count);
        errors.Defined(prefix + "category", Category);
        if (string.IsNullOrWhiteSpace(Nationality))
        {
            if (IsUniformed(Category))
            {
                errors.Add(prefix + "nationality", "required");
            }
        }
        else if (Countries.Find(Nationality.Trim()) is null)
        {
            errors.Add(prefix + "nationality", "invalid");
        }

        errors.Text(prefix + "unit", Unit, 200);
        errors.Text(prefix + "name", Name, 200);
        errors.Text(prefix + "nationalId", NationalId, 60);
        errors.NotFuture(prefix + "dateOfBirth", DateOfBirth, today);
    }

    public CaseSubject ToSubject(Guid caseId, ISealer sealer)
    {
        var iso = string.IsNullOrWhiteSpace(Nationality) ? null : Nationality.Trim().ToUpperInvariant();
        var (name, nationalId) = ScreeningKeys.For(sealer, Name, DateOfBirth, iso, NationalId);
        return new CaseSubject
        {
            CaseId = caseId,
            Count = Count,
            Category = Category,
            NationalityIso2 = iso,
            NationalityText = iso is null ? null : Countries.Find(iso)?.NameEn,
            Unit = string.IsNullOrWhiteSpace(Unit) ? null : Unit.Trim(),
            IdentitySealed = CaseSeals.SealIdentity(sealer, CaseSeals.Subject,
                ("name", Name), ("dateOfBirth", DateOfBirth?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)), ("nationalId", NationalId)),
            NameLookup = name,
            NationalIdLookup = nationalId,
        };
    }

    public static SubjectInput FromForm(FormReader f, string prefix) =>
        new(f.Int(prefix + "count"), f.Enum<PersonnelCategory>(prefix + "category"), f.Text(prefix + "nationality"), f.Text(prefix + "unit"),
            f.Text(prefix + "name"), f.Date(prefix + "dateOfBirth"), f.Text(prefix + "nationalId"));
}
