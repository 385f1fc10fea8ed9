using Bluehelm.Modules.Conduct.Domain;

namespace Bluehelm.Modules.Conduct.Cases;

/// <summary>
/// Closes a case: after its findings, or at intake or assessment when it is not a matter for
/// investigation. The note says why, without any name. A case under investigation or waiting for
/// the member state is not closed (its findings come first).
/// </summary>
internal sealed record CloseCase(DateOnly? ClosedOn, string? Note) : CaseCommand
{
    public override IReadOnlySet<CaseStage> Stages { get; } = new HashSet<CaseStage> { CaseStage.Received, CaseStage.Assessment, CaseStage.Findings };

    public override void Check(FieldErrors errors, DateOnly today)
    {
        if (ClosedOn is null)
        {
            errors.Add("closedOn", "required");
        }

        errors.NotFuture("closedOn", ClosedOn, today);
        errors.Text("note", Note, 1000, required: true);
    }

    public override string? Apply(ConductCase c, CommandContext context)
    {
        if (ClosedOn < c.ReportedOn)
        {
            return "before-report";
        }

        c.ClosedOn = ClosedOn;
        c.ClosureNote = Note!.Trim();
        c.Stage = CaseStage.Closed;
        c.InvestigationOverdue = false;
        c.ReferralOverdue = false;
        return null;
    }

    public static CloseCase FromForm(FormReader f) => new(f.Date("closedOn"), f.Text("note")) { Version = f.Int("version") };
}
