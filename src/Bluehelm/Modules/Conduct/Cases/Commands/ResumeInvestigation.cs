using Bluehelm.Modules.Conduct.Deadlines;
using Bluehelm.Modules.Conduct.Domain;

namespace Bluehelm.Modules.Conduct.Cases;

/// <summary>Restarts the investigation clock; the deadline keeps the days the pause lasted.</summary>
internal sealed record ResumeInvestigation(DateOnly? On) : CaseCommand
{
    public const string NotPaused = "not-paused";

    public override IReadOnlySet<CaseStage> Stages { get; } = new HashSet<CaseStage> { CaseStage.Investigation };

    public override void Check(FieldErrors errors, DateOnly today)
    {
        if (On is null)
        {
            errors.Add("on", "required");
        }

        errors.NotFuture("on", On, today);
    }

    public override string? Apply(ConductCase c, CommandContext context)
    {
        if (c.Pauses.SingleOrDefault(p => p.To is null) is not { } pause)
        {
            return NotPaused;
        }

        if (On < pause.From)
        {
            return "before-pause";
        }

        pause.To = On;
        c.InvestigationDueOn = CaseDeadlines.For(c, context.Options, context.Today).InvestigationDue;
        return null;
    }

    public static ResumeInvestigation FromForm(FormReader f) => new(f.Date("on")) { Version = f.Int("version") };
}
