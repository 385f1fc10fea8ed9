using Bluehelm.Modules.Conduct.Domain;

namespace Bluehelm.Modules.Conduct.Cases;

/// <summary>Adds victims (a count of one age group and sex, or one person with a sealed identity) to an open case.</summary>
internal sealed record AddVictim(VictimInput Victim) : CaseCommand
{
    public override IReadOnlySet<CaseStage> Stages => Open;

    public override void Check(FieldErrors errors, DateOnly today)
    {
        if (Victim is null)
        {
            errors.Add("victim", "required");
            return;
        }

        Victim.Check(errors, "victim.");
    }

    public override string? Apply(ConductCase c, CommandContext context)
    {
        c.Victims.Add(Victim.ToVictim(c.Id, context.Sealer));
        return null;
    }

    public static AddVictim FromForm(FormReader f) => new(VictimInput.FromForm(f, "victim.")) { Version = f.Int("version") };
}
