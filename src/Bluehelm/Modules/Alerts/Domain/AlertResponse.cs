using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Bluehelm.Modules.Alerts;

/// <summary>Units sent to an alert, what they do, when and with what outcome.</summary>
internal sealed class AlertResponse
{
    public Guid Id { get; init; } = Guid.CreateVersion7();

    public Guid AlertId { get; init; }

    public ResponseAction Action { get; set; }

    public DateTimeOffset DispatchedAt { get; set; }

    public DateTimeOffset? OnSceneAt { get; set; }

    public ResponseOutcome? Outcome { get; set; }

    public string? Notes { get; set; }

    public List<AlertResponseUnit> Units { get; } = [];
}

internal sealed class AlertResponseConfiguration : IEntityTypeConfiguration<AlertResponse>
{
    public void Configure(EntityTypeBuilder<AlertResponse> b)
    {
        b.ToTable("alerts_responses");
        b.HasKey(x => x.Id);
        b.Property(x => x.Notes).HasMaxLength(2000);
        b.HasMany(x => x.Units).WithOne().HasForeignKey(x => x.ResponseId).OnDelete(DeleteBehavior.Cascade);
    }
}
