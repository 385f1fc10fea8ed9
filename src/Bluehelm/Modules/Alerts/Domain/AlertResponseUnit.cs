using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Bluehelm.Modules.Alerts;

/// <summary>A unit tasked by a response (a commander sees the alerts tasked to their units).</summary>
internal sealed class AlertResponseUnit
{
    public Guid ResponseId { get; init; }

    public Guid UnitId { get; init; }

    public required string UnitName { get; init; }
}

internal sealed class AlertResponseUnitConfiguration : IEntityTypeConfiguration<AlertResponseUnit>
{
    public void Configure(EntityTypeBuilder<AlertResponseUnit> b)
    {
        b.ToTable("alerts_response_units");
        b.HasKey(x => new { x.ResponseId, x.UnitId });
        b.Property(x => x.UnitName).HasMaxLength(128);
        b.HasIndex(x => x.UnitId);
    }
}
