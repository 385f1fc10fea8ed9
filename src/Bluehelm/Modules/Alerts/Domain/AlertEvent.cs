using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Bluehelm.Modules.Alerts;

/// <summary>One step of an alert's timeline: who, when, what, why. Append-only, so it is its own audit record.</summary>
internal sealed class AlertEvent : Platform.Audit.IAuditRecord
{
    public Guid Id { get; init; } = Guid.CreateVersion7();

    public Guid AlertId { get; init; }

    public DateTimeOffset At { get; init; }

    public AlertEventKind Kind { get; init; }

    public AlertStatus? From { get; init; }

    public AlertStatus? To { get; init; }

    public Guid? ActorUserId { get; init; }

    public required string Actor { get; init; }

    public string? Note { get; init; }

    public Guid? RelatedAlertId { get; init; }

    /// <summary>Order within the alert's timeline.</summary>
    public int Sequence { get; set; }
}

internal sealed class AlertEventConfiguration : IEntityTypeConfiguration<AlertEvent>
{
    public void Configure(EntityTypeBuilder<AlertEvent> b)
    {
        b.ToTable("alerts_events");
        b.HasKey(x => x.Id);
        b.Property(x => x.Actor).HasMaxLength(256);
        b.Property(x => x.Note).HasMaxLength(2000);
        b.HasIndex(x => new { x.AlertId, x.Sequence });
    }
}
