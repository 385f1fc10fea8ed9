using Bluehelm.Modules.Conduct.Domain;

namespace Bluehelm.Modules.Conduct.Cases;

/// <summary>Records the member state's answer to the referral: a national investigation officer appointed, declined, or no response.</summary>
internal sealed record RecordMemberStateAnswer(DateOnly? AnsweredOn, NioStatus Nio) : CaseCommand
{
    public const string AlreadyAnswered = "already-answered";

    public override IReadOnlySet<CaseStage> Stages { get; } = new HashSet<CaseStage> { CaseStage.Referred };

    public override void Check(FieldErrors errors, DateOnly today)
    {
        if (AnsweredOn is null)
        {
            errors.Add("answeredOn", "required");
        }

        errors.NotFuture("answeredOn", AnsweredOn, today);
        if (Nio is not (NioStatus.Yes or NioStatus.Declined or NioStatus.NoResponse))
        {
            errors.Add("nio", "invalid");
        }
    }

    public override string? Apply(ConductCase c, CommandContext context)
    {
        if (c.MemberStateAnsweredOn is not null)
        {
            return AlreadyAnswered;
        }

        if (AnsweredOn < c.ReferredOn)
        {
            return "before-referral";
        }

        c.MemberStateAnsweredOn = AnsweredOn;
        c.NioAppointed = Nio;
        c.ReferralOverdue = false;
        return null;
    }

    public static RecordMemberStateAnswer FromForm(FormReader f) => new(f.Date("answeredOn"), f.Enum<NioStatus>("nio")) { Version = f.Int("version") };
}
