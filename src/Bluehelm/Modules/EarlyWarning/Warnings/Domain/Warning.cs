using Bluehelm.Modules.Alerts.Contracts;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Bluehelm.Modules.EarlyWarning.Warnings;

/// <summary>
/// An early warning of a mission: its text in English and French (two CAP <c>info</c> blocks), its
/// area, its CAP urgency, severity and certainty, its validity, and where it is in its life. The
/// fields hold the current text (a pending edit while <see cref="WarningStatus.UpdateDrafted"/>); what
/// was issued is kept, as sent, in its <see cref="Messages"/>.
/// </summary>
internal sealed class Warning
{
    public const int MaxHeadline = 160;
    public const int MaxText = 4000;
    public const int MaxAreaDesc = 200;
    public const int MaxArea = 8000;

    public Guid Id { get; init; } = Guid.CreateVersion7();

    public Guid MissionId { get; set; }

    public string MissionCode { get; set; } = "";

    public WarningStatus Status { get; set; } = WarningStatus.Draft;

    public ThreatType ThreatType { get; set; }

    public CapUrgency Urgency { get; set; }

    public CapSeverity Severity { get; set; }

    public CapCertainty Certainty { get; set; }

    public CapScope Scope { get; set; }

    public string HeadlineEn { get; set; } = "";

    public string HeadlineFr { get; set; } = "";

    public string DescriptionEn { get; set; } = "";

    public string DescriptionFr { get; set; } = "";

    public string? InstructionEn { get; set; }

    public string? InstructionFr { get; set; }

    public string AreaDesc { get; set; } = "";

    /// <summary>The polygon as CAP writes it ("lat,lon lat,lon ...", first pair repeated last), or null.</summary>
    public string? Polygon { get; set; }

    /// <summary>The circle as CAP writes it ("lat,lon radius-km"), or null.</summary>
    public string? Circle { get; set; }

    public DateTimeOffset? Onset { get; set; }

    public DateTimeOffset Expires { get; set; }

    public Guid? AuthorId { get; set; }

    public string AuthorName { get; set; } = "";

    public DateTimeOffset DraftedAt { get; set; }

    /// <summary>Who wrote the text awaiting approval (the author of the draft, or of the pending update): never its approver.</summary>
    public Guid? EditorId { get; set; }

    public string EditorName { get; set; } = "";

    public DateTimeOffset? CancelledAt { get; set; }

    public string? CancelledBy { get; set; }

    /// <summary>Bumped by every change: two approvals of the same draft cannot both issue.</summary>
    public int Revision { get; set; }

    public List<WarningMessage> Messages { get; } = [];

    /// <summary>The message now in force (the latest issued), or null for a draft never issued.</summary>
    public WarningMessage? Latest => Messages.Count == 0 ? null : Messages.MaxBy(m => m.Sequence);

    /// <summary>Issued (or updated, or awaiting an update), not cancelled, not expired.</summary>
    public bool IsActive(DateTimeOffset now) => Status is WarningStatus.Issued or WarningStatus.UpdateDrafted && Expires > now;
}

internal sealed class WarningConfiguration : IEntityTypeConfiguration<Warning>
{
    public void Configure(EntityTypeBuilder<Warning> b)
    {
        b.ToTable("earlywarning_warnings");
        b.HasKey(x => x.Id);
        b.Property(x => x.MissionCode).HasMaxLength(32);
        b.Property(x => x.HeadlineEn).HasMaxLength(Warning.MaxHeadline);
        b.Property(x => x.HeadlineFr).HasMaxLength(Warning.MaxHeadline);
        b.Property(x => x.DescriptionEn).HasMaxLength(Warning.MaxText);
        b.Property(x => x.DescriptionFr).HasMaxLength(Warning.MaxText);
        b.Property(x => x.InstructionEn).HasMaxLength(Warning.MaxText);
        b.Property(x => x.InstructionFr).HasMaxLength(Warning.MaxText);
        b.Property(x => x.AreaDesc).HasMaxLength(Warning.MaxAreaDesc);
        b.Property(x => x.Polygon).HasMaxLength(Warning.MaxArea);
        b.Property(x => x.Circle).HasMaxLength(100);
        b.Property(x => x.AuthorName).HasMaxLength(256);
        b.Property(x => x.EditorName).HasMaxLength(256);
        b.Property(x => x.CancelledBy).HasMaxLength(256);
        b.Property(x => x.Revision).IsConcurrencyToken();
        b.Ignore(x => x.Latest);
        b.HasMany(x => x.Messages).WithOne().HasForeignKey(m => m.WarningId).OnDelete(DeleteBehavior.Cascade);
        b.HasIndex(x => new { x.MissionId, x.Status, x.Expires });
    }
}
