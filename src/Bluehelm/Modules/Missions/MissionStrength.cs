using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Bluehelm.Modules.Missions;

/// <summary>Uniformed personnel of a mission at the end of a month (IPI Peacekeeping Database).</summary>
internal sealed class MissionStrength
{
    public Guid MissionId { get; init; }

    public DateOnly Month { get; init; }

    public int? Troops { get; set; }

    public int? Police { get; set; }

    public int? Observers { get; set; }

    public int? Total { get; set; }

    public int? Contributors { get; set; }

    /// <summary>Takes the figures of another month record; true when anything changed.</summary>
    public bool CopyFrom(MissionStrength other)
    {
        var changed = (Troops, Police, Observers, Total, Contributors) != (other.Troops, other.Police, other.Observers, other.Total, other.Contributors);
        (Troops, Police, Observers, Total, Contributors) = (other.Troops, other.Police, other.Observers, other.Total, other.Contributors);
        return changed;
    }
}

internal sealed class MissionStrengthConfiguration : IEntityTypeConfiguration<MissionStrength>
{
    public void Configure(EntityTypeBuilder<MissionStrength> b)
    {
        b.ToTable("missions_strength");
        b.HasKey(x => new { x.MissionId, x.Month });
        b.HasOne<Mission>().WithMany().HasForeignKey(x => x.MissionId).OnDelete(DeleteBehavior.Cascade);
    }
}
