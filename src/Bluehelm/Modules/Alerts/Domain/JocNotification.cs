using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Bluehelm.Modules.Alerts;

/// <summary>A notification for a mission's Joint Operations Centre (overdue alerts, escalations).</summary>
internal sealed class JocNotification
{
    public Guid Id { get; init; } = Guid.CreateVersion7();

    public Guid MissionId { get; init; }

    public Guid AlertId { get; init; }

    public DateTimeOffset CreatedAt { get; init; }

    public required string Kind { get; init; }

    public DateTimeOffset? AcknowledgedAt { get; set; }
}

internal sealed class JocNotificationConfiguration : IEntityTypeConfiguration<JocNotification>
{
    public void Configure(EntityTypeBuilder<JocNotification> b)
    {
        b.ToTable("alerts_joc_notifications");
        b.HasKey(x => x.Id);
        b.Property(x => x.Kind).HasMaxLength(32);
        b.HasIndex(x => new { x.MissionId, x.CreatedAt });
        b.HasIndex(x => new { x.AlertId, x.Kind }).IsUnique();
    }
}
