using Bluehelm.Modules.Conduct.Deadlines;
using Bluehelm.Modules.Conduct.Domain;
using Bluehelm.Platform.Identity;

namespace Bluehelm.Modules.Conduct.Cases;

/// <summary>Stops the investigation clock, only ever with a recorded reason (without names); the deadline moves while it lasts.</summary>
internal sealed record PauseInvestigation(DateOnly? From, string? Reason) : CaseCommand
{
    public const string AlreadyPaused = "already-paused";

    public override IReadOnlySet<CaseStage> Stages { get; } = new HashSet<CaseStage> { CaseStage.Investigation };

    public override void Check(FieldErrors errors, DateOnly today)
    {
        if (From is null)
        {
            errors.Add("from", "required");
        }

        errors.NotFuture("from", From, today);
        errors.Text("reason", Reason, 500, required: true);
    }

    public override string? Apply(ConductCase c, CommandContext context)
    {
        if (c.Pauses.Any(p => p.To is null))
        {
            return AlreadyPaused;
        }

        if (From < c.InvestigationStartedOn)
        {
            return "before-start";
        }

        c.Pauses.Add(new InvestigationPause { CaseId = c.Id, From = From!.Value, Reason = Reason!.Trim(), ByUserId = context.User.UserId() });
        c.InvestigationDueOn = CaseDeadlines.For(c, context.Options, context.Today).InvestigationDue;
        return null;
    }

    public static PauseInvestigation FromForm(FormReader f) => new(f.Date("from"), f.Text("reason")) { Version = f.Int("version") };
}
