using Bluehelm.Modules.Conduct.Domain;
using Bluehelm.Platform.Sealing;

namespace Bluehelm.Modules.Conduct.Cases;

/// <summary>Victims as recorded: count, age group, sex, and an optional identity (name, contact, whereabouts) stored only sealed.</summary>
internal sealed record VictimInput(int Count, AgeGroup AgeGroup, Sex Sex, string? Name, string? Contact, string? Whereabouts)
{
    public void Check(FieldErrors errors, string prefix)
    {
        errors.InRange(prefix + "count", Count);
        errors.Defined(prefix + "ageGroup", AgeGroup);
        errors.Defined(prefix + "sex", Sex);
        errors.Text(prefix + "name", Name, 200);
        errors.Text(prefix + "contact", Contact, 200);
        errors.Text(prefix + "whereabouts", Whereabouts, 500);
    }

    public CaseVictim ToVictim(Guid caseId, ISealer sealer) => new()
    {
        CaseId = caseId,
        Count = Count,
        AgeGroup = AgeGroup,
        Sex = Sex,
        IdentitySealed = CaseSeals.SealIdentity(sealer, CaseSeals.Victim, ("name", Name), ("contact", Contact), ("whereabouts", Whereabouts)),
    };

    public static VictimInput FromForm(FormReader f, string prefix) =>
        new(f.Int(prefix + "count"), f.Enum<AgeGroup>(prefix + "ageGroup"), f.Enum<Sex>(prefix + "sex"), f.Text(prefix + "name"), f.Text(prefix + "contact"), f.Text(prefix + "whereabouts"));
}
