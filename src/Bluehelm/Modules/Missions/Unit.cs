using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Bluehelm.Modules.Missions;

/// <summary>A unit deployed at a site (type, contributing country, strength, women, languages).</summary>
internal sealed class Unit
{
    public Guid Id { get; init; } = Guid.CreateVersion7();

    public Guid MissionId { get; init; }

    public Guid? SiteId { get; set; }

    public required string Name { get; set; }

    /// <summary>infantry, engineering, medical, signals, aviation, riverine, maintenance, transport, formed-police, hq.</summary>
    public required string Type { get; set; }

    public string? ContributingCountryIso2 { get; set; }

    public int Strength { get; set; }

    public int Women { get; set; }

    /// <summary>Comma-separated ISO 639-1 codes.</summary>
    public string Languages { get; set; } = "";

    /// <summary>Invented for the demo; the interface marks it.</summary>
    public bool IsDemo { get; set; }
}

internal sealed class UnitConfiguration : IEntityTypeConfiguration<Unit>
{
    public void Configure(EntityTypeBuilder<Unit> b)
    {
        b.ToTable("missions_units");
        b.HasKey(x => x.Id);
        b.Property(x => x.Name).HasMaxLength(128);
        b.Property(x => x.Type).HasMaxLength(32);
        b.Property(x => x.ContributingCountryIso2).HasMaxLength(2);
        b.Property(x => x.Languages).HasMaxLength(32);
        b.HasIndex(x => x.MissionId);
        b.HasOne<Mission>().WithMany().HasForeignKey(x => x.MissionId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne<Site>().WithMany().HasForeignKey(x => x.SiteId).OnDelete(DeleteBehavior.SetNull);
    }
}
