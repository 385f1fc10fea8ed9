using Bluehelm.Modules.Conduct.Deadlines;
using Bluehelm.Modules.Conduct.Domain;

namespace Bluehelm.Modules.Conduct.Cases;

/// <summary>
/// Ends the investigation with its findings (substantiated, unsubstantiated, closed without a
/// finding) and a short label; a running pause ends that day, and the investigation's length is
/// kept without its paused days, as the UN counts it.
/// </summary>
internal sealed record CompleteInvestigation(DateOnly? CompletedOn, Finding Finding, string? Label) : CaseCommand
{
    public override IReadOnlySet<CaseStage> Stages { get; } = new HashSet<CaseStage> { CaseStage.Investigation };

    public override void Check(FieldErrors errors, DateOnly today)
    {
        if (CompletedOn is null)
        {
            errors.Add("completedOn", "required");
        }

        errors.NotFuture("completedOn", CompletedOn, today);
        if (Finding is not (Finding.Substantiated or Finding.Unsubstantiated or Finding.Closed))
        {
            errors.Add("finding", "invalid");
        }

        errors.Text("label", Label, 300);
    }

    public override string? Apply(ConductCase c, CommandContext context)
    {
        var started = c.InvestigationStartedOn!.Value;
        var completed = CompletedOn!.Value;
        if (completed < started)
        {
            return "before-start";
        }

        foreach (var open in c.Pauses.Where(p => p.To is null))
        {
            open.To = completed < open.From ? open.From : completed;
        }

        var paused = CaseDeadlines.PausedDays(c.Pauses, started, completed);
        c.InvestigationCompletedOn = completed;
        c.InvestigationDays = Math.Max(0, completed.DayNumber - started.DayNumber - paused);
        c.InvestigationOverdue = false;
        c.Finding = Finding;
        c.FindingText = string.IsNullOrWhiteSpace(Label) ? null : Label.Trim();
        c.Stage = CaseStage.Findings;
        return null;
    }

    public static CompleteInvestigation FromForm(FormReader f) =>
        new(f.Date("completedOn"), f.Enum<Finding>("finding"), f.Text("label")) { Version = f.Int("version") };
}
