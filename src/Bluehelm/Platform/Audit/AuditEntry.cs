using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Bluehelm.Platform.Audit;

/// <summary>One append-only line of the audit trail: who did what to which record, when and from where.</summary>
public sealed class AuditEntry
{
    public Guid Id { get; init; } = Guid.CreateVersion7();

    public DateTimeOffset At { get; init; }

    /// <summary>User id, or null for the system itself (seeding, background jobs).</summary>
    public Guid? UserId { get; init; }

    /// <summary>User name, <c>system</c>, or <c>cli:&lt;account&gt;</c>.</summary>
    public required string Actor { get; init; }

    /// <summary><c>create</c>, <c>update</c>, <c>delete</c>, <c>read</c>, <c>import</c>, <c>login</c>, ...</summary>
    public required string Action { get; init; }

    public required string EntityType { get; init; }

    public string? EntityId { get; init; }

    /// <summary>Names of changed fields or a short description; never confidential values.</summary>
    public string? Details { get; init; }

    /// <summary>Remote address, or <c>cli</c> / <c>system</c>.</summary>
    public string? Origin { get; init; }
}

internal sealed class AuditEntryConfiguration : IEntityTypeConfiguration<AuditEntry>
{
    public void Configure(EntityTypeBuilder<AuditEntry> b)
    {
        b.ToTable("platform_audit_entries");
        b.HasKey(x => x.Id);
        b.Property(x => x.Actor).HasMaxLength(256);
        b.Property(x => x.Action).HasMaxLength(32);
        b.Property(x => x.EntityType).HasMaxLength(64);
        b.Property(x => x.EntityId).HasMaxLength(128);
        b.Property(x => x.Details).HasMaxLength(4000);
        b.Property(x => x.Origin).HasMaxLength(64);
        b.HasIndex(x => x.At);
        b.HasIndex(x => new { x.EntityType, x.EntityId });
    }
}
