using Bluehelm.Modules.Conduct.Deadlines;
using Bluehelm.Modules.Conduct.Domain;

namespace Bluehelm.Modules.Conduct.Cases;

/// <summary>Starts the investigation by an entity; its deadline (90 days urgent, 180 otherwise) runs from the start day.</summary>
internal sealed record StartInvestigation(InvestigatingEntity Entity, DateOnly? StartedOn) : CaseCommand
{
    public override IReadOnlySet<CaseStage> Stages { get; } = new HashSet<CaseStage> { CaseStage.Assessment, CaseStage.Referred };

    public override void Check(FieldErrors errors, DateOnly today)
    {
        if (Entity is not (InvestigatingEntity.Oios or InvestigatingEntity.MemberState or InvestigatingEntity.Joint or InvestigatingEntity.Mission or InvestigatingEntity.NonUn))
        {
            errors.Add("entity", "invalid");
        }

        if (StartedOn is null)
        {
            errors.Add("startedOn", "required");
        }

        errors.NotFuture("startedOn", StartedOn, today);
    }

    public override string? Apply(ConductCase c, CommandContext context)
    {
        if (StartedOn < c.ReportedOn)
        {
            return "before-report";
        }

        c.InvestigatingEntity = Entity;
        c.InvestigationStartedOn = StartedOn;
        c.Stage = CaseStage.Investigation;
        c.InvestigationDueOn = CaseDeadlines.For(c, context.Options, context.Today).InvestigationDue;
        return null;
    }

    public static StartInvestigation FromForm(FormReader f) => new(f.Enum<InvestigatingEntity>("entity"), f.Date("startedOn")) { Version = f.Int("version") };
}
