using Bluehelm.Modules.Conduct.Domain;

namespace Bluehelm.Modules.Conduct.Cases;

/// <summary>Adds an allegation type (category and the UN's sub-type) to an open case.</summary>
internal sealed record AddAllegation(AllegationCategory Category, AllegationType Type) : CaseCommand
{
    public override IReadOnlySet<CaseStage> Stages => Open;

    public override void Check(FieldErrors errors, DateOnly today)
    {
        errors.Defined("category", Category);
        errors.Defined("type", Type);
    }

    public override string? Apply(ConductCase c, CommandContext context)
    {
        c.Allegations.Add(new CaseAllegation { CaseId = c.Id, Category = Category, Type = Type });
        return null;
    }

    public static AddAllegation FromForm(FormReader f) =>
        new(f.Enum<AllegationCategory>("category"), f.Enum<AllegationType>("type")) { Version = f.Int("version") };
}
