using Bluehelm.Modules.Conduct.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Bluehelm.Modules.Conduct.Domain;

/// <summary>
/// One allegation of sexual exploitation or abuse: a live case managed in Bluehelm, or a historical
/// one imported from the UN's public table of allegations (<see cref="Source"/>). Identity fields
/// (narrative, reporter) are kept only sealed (<c>Platform/Sealing</c>); the plain fields are the
/// ones the UN publishes. Behaviour lives in partial files next to the use cases that need it.
/// </summary>
internal sealed partial class ConductCase
{
    public Guid Id { get; init; } = Guid.CreateVersion7();

    /// <summary>The reference people quote (e.g. <c>SEA-MINUSCA-2026-0007</c>); unique.</summary>
    public required string Reference { get; set; }

    /// <summary>The Missions module's mission (no foreign key across modules).</summary>
    public Guid MissionId { get; set; }

    /// <summary>The mission's code, kept with the case for statistics and scope checks.</summary>
    public required string MissionCode { get; set; }

    public CaseSource Source { get; set; }

    public CaseStage Stage { get; set; }

    /// <summary>When the allegation was reported (recorded); the table gives the month, so day 1 with <see cref="ReportedPrecision"/> Month.</summary>
    public DateOnly ReportedOn { get; set; }

    public DatePrecision ReportedPrecision { get; set; } = DatePrecision.Day;

    /// <summary>The year the allegation was recorded: the "year" of every statistic.</summary>
    public int ReportedYear { get; set; }

    /// <summary>When it happened: one date (<see cref="IncidentTo"/> null) or a range; each end as precise as known.</summary>
    public DateOnly? IncidentFrom { get; set; }

    public DatePrecision IncidentFromPrecision { get; set; }

    public DateOnly? IncidentTo { get; set; }

    public DatePrecision IncidentToPrecision { get; set; }

    public HowReported HowReported { get; set; }

    /// <summary>Urgent cases (a child victim, a risk of further harm) have the shorter investigation deadline.</summary>
    public bool Urgent { get; set; }

    /// <summary>What happened, in the reporter's or officer's words: sealed, shown only on a reveal.</summary>
    public string? NarrativeSealed { get; set; }

    /// <summary>Who reported it (name, contact): sealed.</summary>
    public string? ReporterSealed { get; set; }

    public bool PaternityClaimed { get; set; }

    public Answer PaternityEstablished { get; set; }

    /// <summary>The day the case was referred to the member state of the subjects (uniformed personnel).</summary>
    public DateOnly? ReferredOn { get; set; }

    /// <summary>The day the member state answered the referral (due within 10 working days).</summary>
    public DateOnly? MemberStateAnsweredOn { get; set; }

    public NioStatus NioAppointed { get; set; }

    public InvestigatingEntity InvestigatingEntity { get; set; }

    public DateOnly? InvestigationStartedOn { get; set; }

    public DateOnly? InvestigationCompletedOn { get; set; }

    /// <summary>Investigation length as published (historical cases), or as computed when completed.</summary>
    public int? InvestigationDays { get; set; }

    /// <summary>The investigation's current deadline (pauses included), stored so the board can sort on it.</summary>
    public DateOnly? InvestigationDueOn { get; set; }

    /// <summary>Set by the deadline job: the investigation is past its deadline.</summary>
    public bool InvestigationOverdue { get; set; }

    /// <summary>Set by the deadline job: the referral has had no answer for more than 10 working days.</summary>
    public bool ReferralOverdue { get; set; }

    public Finding Finding { get; set; }

    /// <summary>The finding in the table's words ("Substantiated (Rape)"), or the officer's short label.</summary>
    public string? FindingText { get; set; }

    public Answer CriminalReferral { get; set; }

    public DateOnly? ClosedOn { get; set; }

    /// <summary>Why it was closed, without any name.</summary>
    public string? ClosureNote { get; set; }

    /// <summary>The hash of the secret given to an anonymous reporter to check the status (never the secret).</summary>
    public string? StatusSecretHash { get; set; }

    /// <summary>The import that wrote this historical case, its row and its key in the table.</summary>
    public Guid? ImportId { get; set; }

    public int? SourceRow { get; set; }

    public string? SourceKey { get; set; }

    /// <summary>A hash of the imported row's cells, so a later edition's changed rows are found.</summary>
    public string? ContentHash { get; set; }

    public DateOnly? ReferralDueOn { get; set; }

    /// <summary>Who recorded it and the key of that submission (a form's token, an API Idempotency-Key): a second submit finds this case.</summary>
    public string? IntakeKey { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset UpdatedAt { get; set; }

    /// <summary>Optimistic concurrency: two officers changing one case at once, the second is told.</summary>
    public int Version { get; set; }

    public List<CaseAllegation> Allegations { get; } = [];

    public List<CaseSubject> Subjects { get; } = [];

    public List<CaseVictim> Victims { get; } = [];

    public List<CaseMeasure> Measures { get; } = [];

    public List<CaseAction> Actions { get; } = [];

    public List<InvestigationPause> Pauses { get; } = [];

    public List<VictimAssistance> Assistance { get; } = [];

    public bool IsOpen => Stage != CaseStage.Closed;
}

internal sealed class ConductCaseConfiguration : IConductEntityConfiguration<ConductCase>
{
    public void Configure(EntityTypeBuilder<ConductCase> b)
    {
        b.ToTable("conduct_cases");
        b.HasKey(x => x.Id);
        b.Property(x => x.Reference).HasMaxLength(40);
        b.HasIndex(x => x.Reference).IsUnique();
        b.Property(x => x.MissionCode).HasMaxLength(16);
        b.Property(x => x.FindingText).HasMaxLength(300);
        b.Property(x => x.ClosureNote).HasMaxLength(1000);
        b.Property(x => x.StatusSecretHash).HasMaxLength(200);
        b.Property(x => x.SourceKey).HasMaxLength(400);
        b.Property(x => x.ContentHash).HasMaxLength(64);
        b.Property(x => x.IntakeKey).HasMaxLength(200);
        b.HasIndex(x => x.IntakeKey).IsUnique();
        b.Property(x => x.Version).IsConcurrencyToken();
        b.Ignore(x => x.IsOpen);

        b.HasMany(x => x.Allegations).WithOne().HasForeignKey(x => x.CaseId).OnDelete(DeleteBehavior.Cascade);
        b.HasMany(x => x.Subjects).WithOne().HasForeignKey(x => x.CaseId).OnDelete(DeleteBehavior.Cascade);
        b.HasMany(x => x.Victims).WithOne().HasForeignKey(x => x.CaseId).OnDelete(DeleteBehavior.Cascade);
        b.HasMany(x => x.Measures).WithOne().HasForeignKey(x => x.CaseId).OnDelete(DeleteBehavior.Cascade);
        b.HasMany(x => x.Actions).WithOne().HasForeignKey(x => x.CaseId).OnDelete(DeleteBehavior.Cascade);
        b.HasMany(x => x.Pauses).WithOne().HasForeignKey(x => x.CaseId).OnDelete(DeleteBehavior.Cascade);
        b.HasMany(x => x.Assistance).WithOne().HasForeignKey(x => x.CaseId).OnDelete(DeleteBehavior.Cascade);

        // The board: open cases of a mission by stage and deadline; statistics by year and mission;
        // the public table's rows by their key on re-import.
        b.HasIndex(x => new { x.MissionCode, x.Stage, x.InvestigationDueOn });
        b.HasIndex(x => new { x.ReportedYear, x.MissionCode });
        b.HasIndex(x => new { x.Source, x.SourceKey });
    }
}
