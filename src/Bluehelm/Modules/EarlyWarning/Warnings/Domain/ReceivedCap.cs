using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Bluehelm.Modules.EarlyWarning.Warnings;

/// <summary>
/// A CAP 1.2 alert received from another system (posted to the API or uploaded), kept once per
/// sender and identifier, with what Bluehelm read of it and the document itself (size-limited by the reader).
/// </summary>
internal sealed class ReceivedCap
{
    public Guid Id { get; init; } = Guid.CreateVersion7();

    public string Sender { get; set; } = "";

    public string Identifier { get; set; } = "";

    public DateTimeOffset Sent { get; set; }

    public string MsgType { get; set; } = "";

    public string Status { get; set; } = "";

    public string Scope { get; set; } = "";

    /// <summary>The first info block's headline (or event), in its language.</summary>
    public string Headline { get; set; } = "";

    public string? Description { get; set; }

    public string? Language { get; set; }

    public string Urgency { get; set; } = "";

    public string Severity { get; set; } = "";

    public string Certainty { get; set; } = "";

    public string? AreaDesc { get; set; }

    /// <summary>The point the alert is about: the first polygon's centroid or the first circle's centre.</summary>
    public double? Latitude { get; set; }

    public double? Longitude { get; set; }

    public int InfoCount { get; set; }

    public int AreaCount { get; set; }

    /// <summary>The document carries an XML-DSig Signature; it is not verified.</summary>
    public bool Signed { get; set; }

    /// <summary>Bluehelm's threat named by the alert (a Bluehelm eventCode), else null.</summary>
    public int? ThreatType { get; set; }

    public string Xml { get; set; } = "";

    public DateTimeOffset ReceivedAt { get; set; }

    public string ReceivedBy { get; set; } = "";

    /// <summary>The Bluehelm alert made from it, once.</summary>
    public Guid? AlertId { get; set; }

    public Guid? AlertMissionId { get; set; }
}

internal sealed class ReceivedCapConfiguration : IEntityTypeConfiguration<ReceivedCap>
{
    public void Configure(EntityTypeBuilder<ReceivedCap> b)
    {
        b.ToTable("earlywarning_received_cap");
        b.HasKey(x => x.Id);
        b.Property(x => x.Sender).HasMaxLength(256);
        b.Property(x => x.Identifier).HasMaxLength(256);
        b.Property(x => x.MsgType).HasMaxLength(16);
        b.Property(x => x.Status).HasMaxLength(16);
        b.Property(x => x.Scope).HasMaxLength(16);
        b.Property(x => x.Headline).HasMaxLength(400);
        b.Property(x => x.Description).HasMaxLength(4000);
        b.Property(x => x.Language).HasMaxLength(35);
        b.Property(x => x.Urgency).HasMaxLength(16);
        b.Property(x => x.Severity).HasMaxLength(16);
        b.Property(x => x.Certainty).HasMaxLength(16);
        b.Property(x => x.AreaDesc).HasMaxLength(400);
        b.Property(x => x.ReceivedBy).HasMaxLength(256);
        b.HasIndex(x => new { x.Sender, x.Identifier }).IsUnique();
        b.HasIndex(x => x.ReceivedAt);
    }
}
