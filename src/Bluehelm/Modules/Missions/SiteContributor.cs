using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Bluehelm.Modules.Missions;

/// <summary>A troop-contributing country at a site in a year, as Geo-PKO names it.</summary>
internal sealed class SiteContributor
{
    public Guid SiteId { get; init; }

    public int Year { get; init; }

    /// <summary>Country as written in the source (Drc, Britain, ...).</summary>
    public required string SourceName { get; init; }

    /// <summary>ISO code when the name is a country; null for "multinational", "unknown", etc.</summary>
    public string? MemberStateIso2 { get; set; }

    /// <summary>Troops reported; null for "size unknown".</summary>
    public int? Troops { get; set; }
}

internal sealed class SiteContributorConfiguration : IEntityTypeConfiguration<SiteContributor>
{
    public void Configure(EntityTypeBuilder<SiteContributor> b)
    {
        b.ToTable("missions_site_contributors");
        b.HasKey(x => new { x.SiteId, x.Year, x.SourceName });
        b.Property(x => x.SourceName).HasMaxLength(64);
        b.Property(x => x.MemberStateIso2).HasMaxLength(2);
    }
}
