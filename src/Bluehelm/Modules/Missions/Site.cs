using Bluehelm.Platform.Geo;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Bluehelm.Modules.Missions;

/// <summary>A deployment site of a mission (a Geo-PKO location).</summary>
internal sealed class Site
{
    public Guid Id { get; init; } = Guid.CreateVersion7();

    public Guid MissionId { get; init; }

    public required string Name { get; init; }

    public double Latitude { get; private set; }

    public double Longitude { get; private set; }

    /// <summary>PRIO-GRID cell id of the coordinates.</summary>
    public int PrioGridGid { get; private set; }

    public int FirstYear { get; set; }

    public int LastYear { get; set; }

    public List<SiteDeployment> Deployments { get; } = [];

    public List<SiteUnitTypes> UnitTypes { get; } = [];

    public List<SiteContributor> Contributors { get; } = [];

    public void MoveTo(double latitude, double longitude)
    {
        if (!GeoMath.IsValid(latitude, longitude))
        {
            throw new ArgumentOutOfRangeException(nameof(latitude), "Coordinates out of range.");
        }

        Latitude = latitude;
        Longitude = longitude;
        PrioGridGid = PrioGrid.CellOf(latitude, longitude);
    }

    public void SeenIn(int year)
    {
        FirstYear = FirstYear == 0 ? year : Math.Min(FirstYear, year);
        LastYear = Math.Max(LastYear, year);
    }
}

internal sealed class SiteConfiguration : IEntityTypeConfiguration<Site>
{
    public void Configure(EntityTypeBuilder<Site> b)
    {
        b.ToTable("missions_sites");
        b.HasKey(x => x.Id);
        b.Property(x => x.Name).HasMaxLength(128);
        b.HasIndex(x => new { x.MissionId, x.Name }).IsUnique();
        b.HasIndex(x => x.PrioGridGid);
        b.HasMany(x => x.Deployments).WithOne().HasForeignKey(x => x.SiteId).OnDelete(DeleteBehavior.Cascade);
        b.HasMany(x => x.UnitTypes).WithOne().HasForeignKey(x => x.SiteId).OnDelete(DeleteBehavior.Cascade);
        b.HasMany(x => x.Contributors).WithOne().HasForeignKey(x => x.SiteId).OnDelete(DeleteBehavior.Cascade);
    }
}
