using Bluehelm.Modules.Conduct.Deadlines;
using Bluehelm.Modules.Conduct.Domain;

namespace Bluehelm.Modules.Conduct.Cases;

/// <summary>
/// Refers an assessed case to the member state of its uniformed subjects, which has
/// <see cref="ConductOptions.ReferralAnswerWorkingDays"/> working days to answer (appoint a national
/// investigation officer or not). A case naming no nationality cannot be referred.
/// </summary>
internal sealed record ReferCase(DateOnly? ReferredOn) : CaseCommand
{
    public const string NoMemberState = "no-member-state";

    public override IReadOnlySet<CaseStage> Stages { get; } = new HashSet<CaseStage> { CaseStage.Assessment };

    public override void Check(FieldErrors errors, DateOnly today)
    {
        if (ReferredOn is null)
        {
            errors.Add("referredOn", "required");
        }

        errors.NotFuture("referredOn", ReferredOn, today);
    }

    public override string? Apply(ConductCase c, CommandContext context)
    {
        if (!c.Subjects.Any(s => s.NationalityIso2 is not null))
        {
            return NoMemberState;
        }

        c.ReferredOn = ReferredOn;
        c.ReferralDueOn = CaseDeadlines.AddWorkingDays(ReferredOn!.Value, context.Options.ReferralAnswerWorkingDays);
        c.NioAppointed = NioStatus.Pending;
        c.Stage = CaseStage.Referred;
        return null;
    }

    public static ReferCase FromForm(FormReader f) => new(f.Date("referredOn")) { Version = f.Int("version") };
}
