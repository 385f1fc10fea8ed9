using Bluehelm.Modules.Conduct.Domain;

namespace Bluehelm.Modules.Conduct.Cases;

/// <summary>Records an interim measure (payment suspension, repatriation, administrative leave) while the case is open.</summary>
internal sealed record AddMeasure(MeasureKind Kind, ActionBy By, int Count, DateOnly? On) : CaseCommand
{
    public override IReadOnlySet<CaseStage> Stages => Open;

    public override void Check(FieldErrors errors, DateOnly today)
    {
        if (Kind is not (MeasureKind.PaymentSuspension or MeasureKind.Repatriation or MeasureKind.AdministrativeLeave or MeasureKind.Other))
        {
            errors.Add("kind", "invalid");
        }

        errors.Defined("by", By);
        errors.InRange("count", Count);
        if (On is null)
        {
            errors.Add("on", "required");
        }

        errors.NotFuture("on", On, today);
    }

    public override string? Apply(ConductCase c, CommandContext context)
    {
        c.Measures.Add(new CaseMeasure { CaseId = c.Id, Kind = Kind, By = By, Count = Count, On = On });
        return null;
    }

    public static AddMeasure FromForm(FormReader f) =>
        new(f.Enum<MeasureKind>("kind"), f.Enum<ActionBy>("by"), f.Int("count"), f.Date("on")) { Version = f.Int("version") };
}
