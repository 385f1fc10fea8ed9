using Bluehelm.Modules.Conduct.Domain;

namespace Bluehelm.Modules.Conduct.Cases;

/// <summary>The conduct team takes a received case into assessment, confirming (or changing) its urgency.</summary>
internal sealed record AssessCase(bool Urgent) : CaseCommand
{
    public override IReadOnlySet<CaseStage> Stages { get; } = new HashSet<CaseStage> { CaseStage.Received };

    public override void Check(FieldErrors errors, DateOnly today)
    {
    }

    public override string? Apply(ConductCase c, CommandContext context)
    {
        c.Urgent = Urgent;
        c.Stage = CaseStage.Assessment;
        return null;
    }

    public static AssessCase FromForm(FormReader f) => new(f.Bool("urgent")) { Version = f.Int("version") };
}
