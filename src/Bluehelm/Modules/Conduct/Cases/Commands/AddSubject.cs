using Bluehelm.Modules.Conduct.Domain;

namespace Bluehelm.Modules.Conduct.Cases;

/// <summary>Adds a subject (personnel named by the case) to an open case.</summary>
internal sealed record AddSubject(SubjectInput Subject) : CaseCommand
{
    public override IReadOnlySet<CaseStage> Stages => Open;

    public override void Check(FieldErrors errors, DateOnly today)
    {
        if (Subject is null)
        {
            errors.Add("subject", "required");
            return;
        }

        Subject.Check(errors, "subject.", today);
    }

    public override string? Apply(ConductCase c, CommandContext context)
    {
        c.Subjects.Add(Subject.ToSubject(c.Id, context.Sealer));
        return null;
    }

    public static AddSubject FromForm(FormReader f) => new(SubjectInput.FromForm(f, "subject.")) { Version = f.Int("version") };
}
