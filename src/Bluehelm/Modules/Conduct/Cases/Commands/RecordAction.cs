using Bluehelm.Modules.Conduct.Domain;

namespace Bluehelm.Modules.Conduct.Cases;

/// <summary>Records an action after the findings: one the UN took, or one the member state reports it took.</summary>
internal sealed record RecordAction(ActionBy By, ActionKind Kind, int Count, DateOnly? On) : CaseCommand
{
    public override IReadOnlySet<CaseStage> Stages { get; } = new HashSet<CaseStage> { CaseStage.Findings };

    public override void Check(FieldErrors errors, DateOnly today)
    {
        errors.Defined("by", By);
        if (Kind is not (ActionKind.Repatriation or ActionKind.Ban or ActionKind.Dismissal or ActionKind.Imprisonment or ActionKind.FinancialSanction
            or ActionKind.Demotion or ActionKind.Other))
        {
            errors.Add("kind", "invalid");
        }

        errors.InRange("count", Count);
        if (On is null)
        {
            errors.Add("on", "required");
        }

        errors.NotFuture("on", On, today);
    }

    public override string? Apply(ConductCase c, CommandContext context)
    {
        c.Actions.Add(new CaseAction { CaseId = c.Id, By = By, Kind = Kind, Count = Count, On = On });
        return null;
    }

    public static RecordAction FromForm(FormReader f) =>
        new(f.Enum<ActionBy>("by"), f.Enum<ActionKind>("kind"), f.Int("count"), f.Date("on")) { Version = f.Int("version") };
}
