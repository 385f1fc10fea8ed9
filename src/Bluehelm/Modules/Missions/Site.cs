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

/// <summary>
/// One Geo-PKO deployment map entry for a site in a year (several maps per year give several
/// entries, kept in file order by <see cref="Ordinal"/>).
/// </summary>
internal sealed class SiteDeployment
{
    public Guid SiteId { get; init; }

    public int Year { get; init; }

    public int Ordinal { get; init; }

    public int Troops { get; set; }

    public int Infantry { get; set; }

    public int Reserve { get; set; }

    /// <summary>Headquarters level: 0 none, 1 company, 2 battalion/sector, 3 force/mission.</summary>
    public int Headquarters { get; set; }

    public int Police { get; set; }

    public int Medical { get; set; }

    public int Aviation { get; set; }

    public int MilitaryObservers { get; set; }

    public int? AverageTroops { get; set; }

    /// <summary>Takes the counts of another entry for the same site, year and ordinal; true when anything changed.</summary>
    public bool CopyFrom(SiteDeployment other)
    {
        var changed = (Troops, Infantry, Reserve, Headquarters, Police, Medical, Aviation, MilitaryObservers, AverageTroops) !=
                      (other.Troops, other.Infantry, other.Reserve, other.Headquarters, other.Police, other.Medical, other.Aviation, other.MilitaryObservers, other.AverageTroops);
        (Troops, Infantry, Reserve, Headquarters, Police, Medical, Aviation, MilitaryObservers, AverageTroops) =
            (other.Troops, other.Infantry, other.Reserve, other.Headquarters, other.Police, other.Medical, other.Aviation, other.MilitaryObservers, other.AverageTroops);
        return changed;
    }
}

/// <summary>Unit types present at a site in a year (Geo-PKO TT map: counts of units, 0 when absent).</summary>
internal sealed class SiteUnitTypes
{
    public Guid SiteId { get; init; }

    public int Year { get; init; }

    public int Ordinal { get; init; }

    public int Infantry { get; set; }

    public int Engineering { get; set; }

    public int Medical { get; set; }

    public int Signals { get; set; }

    public int Aviation { get; set; }

    public int Riverine { get; set; }

    public int Maintenance { get; set; }

    public int Transport { get; set; }

    /// <summary>Takes the counts of another entry for the same site, year and ordinal; true when anything changed.</summary>
    public bool CopyFrom(SiteUnitTypes other)
    {
        var changed = (Infantry, Engineering, Medical, Signals, Aviation, Riverine, Maintenance, Transport) !=
                      (other.Infantry, other.Engineering, other.Medical, other.Signals, other.Aviation, other.Riverine, other.Maintenance, other.Transport);
        (Infantry, Engineering, Medical, Signals, Aviation, Riverine, Maintenance, Transport) =
            (other.Infantry, other.Engineering, other.Medical, other.Signals, other.Aviation, other.Riverine, other.Maintenance, other.Transport);
        return changed;
    }
}

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

internal sealed class SiteDeploymentConfiguration : IEntityTypeConfiguration<SiteDeployment>
{
    public void Configure(EntityTypeBuilder<SiteDeployment> b)
    {
        b.ToTable("missions_site_deployments");
        b.HasKey(x => new { x.SiteId, x.Year, x.Ordinal });
    }
}

internal sealed class SiteUnitTypesConfiguration : IEntityTypeConfiguration<SiteUnitTypes>
{
    public void Configure(EntityTypeBuilder<SiteUnitTypes> b)
    {
        b.ToTable("missions_site_unit_types");
        b.HasKey(x => new { x.SiteId, x.Year, x.Ordinal });
    }
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
