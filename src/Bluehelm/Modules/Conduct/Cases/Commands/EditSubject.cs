using Bluehelm.Modules.Conduct.Domain;
using Bluehelm.Platform.Geo;

namespace Bluehelm.Modules.Conduct.Cases;

/// <summary>Corrects a subject's count, category, nationality or unit (the sealed identity stays as recorded).</summary>
internal sealed record EditSubject(Guid SubjectId, int Count, PersonnelCategory Category, string? Nationality, string? Unit) : CaseCommand
{
    public override IReadOnlySet<CaseStage> Stages => Open;

    public override void Check(FieldErrors errors, DateOnly today) =>
        new SubjectInput(Count, Category, Nationality, Unit, null, null, null).Check(errors, "edit.", today);

    public override string? Apply(ConductCase c, CommandContext context)
    {
        if (c.Subjects.SingleOrDefault(s => s.Id == SubjectId) is not { } subject)
        {
            return CaseResult.NotFound;
        }

        var iso = string.IsNullOrWhiteSpace(Nationality) ? null : Nationality.Trim().ToUpperInvariant();
        subject.Count = Count;
        subject.Category = Category;
        subject.NationalityIso2 = iso;
        subject.NationalityText = iso is null ? null : Countries.Find(iso)?.NameEn;
        subject.Unit = string.IsNullOrWhiteSpace(Unit) ? null : Unit.Trim();
        return null;
    }

    public static EditSubject FromForm(FormReader f) =>
        new(f.Id("subjectId"), f.Int("edit.count"), f.Enum<PersonnelCategory>("edit.category"), f.Text("edit.nationality"), f.Text("edit.unit")) { Version = f.Int("version") };
}
