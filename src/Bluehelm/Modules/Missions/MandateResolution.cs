using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Bluehelm.Modules.Missions;

/// <summary>A Security Council resolution giving the mission its mandate, with its protection-of-civilians tasks.</summary>
internal sealed class MandateResolution
{
    public Guid Id { get; init; } = Guid.CreateVersion7();

    public Guid MissionId { get; init; }

    /// <summary>Resolution symbol, e.g. S/RES/2149 (2014).</summary>
    public required string Symbol { get; set; }

    public DateOnly AdoptedOn { get; set; }

    /// <summary>Protection-of-civilians tasks, one per line, in English.</summary>
    public string PocTasksEn { get; set; } = "";

    /// <summary>The same tasks in French.</summary>
    public string PocTasksFr { get; set; } = "";
}

internal sealed class MandateResolutionConfiguration : IEntityTypeConfiguration<MandateResolution>
{
    public void Configure(EntityTypeBuilder<MandateResolution> b)
    {
        b.ToTable("missions_mandate_resolutions");
        b.HasKey(x => x.Id);
        b.Property(x => x.Symbol).HasMaxLength(64);
        b.Property(x => x.PocTasksEn).HasMaxLength(8000);
        b.Property(x => x.PocTasksFr).HasMaxLength(8000);
        b.HasIndex(x => new { x.MissionId, x.Symbol }).IsUnique();
    }
}
