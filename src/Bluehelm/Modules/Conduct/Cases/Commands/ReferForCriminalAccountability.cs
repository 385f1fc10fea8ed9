using Bluehelm.Modules.Conduct.Domain;

namespace Bluehelm.Modules.Conduct.Cases;

/// <summary>Records whether a substantiated case was referred for criminal accountability (yes, no, or still pending).</summary>
internal sealed record ReferForCriminalAccountability(Answer Referral) : CaseCommand
{
    public override IReadOnlySet<CaseStage> Stages { get; } = new HashSet<CaseStage> { CaseStage.Findings };

    public override void Check(FieldErrors errors, DateOnly today)
    {
        if (Referral is not (Answer.Yes or Answer.No or Answer.Pending))
        {
            errors.Add("referral", "invalid");
        }
    }

    public override string? Apply(ConductCase c, CommandContext context)
    {
        c.CriminalReferral = Referral;
        return null;
    }

    public static ReferForCriminalAccountability FromForm(FormReader f) => new(f.Enum<Answer>("referral")) { Version = f.Int("version") };
}
