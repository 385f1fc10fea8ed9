using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Bluehelm.Modules.Missions;

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

internal sealed class SiteDeploymentConfiguration : IEntityTypeConfiguration<SiteDeployment>
{
    public void Configure(EntityTypeBuilder<SiteDeployment> b)
    {
        b.ToTable("missions_site_deployments");
        b.HasKey(x => new { x.SiteId, x.Year, x.Ordinal });
    }
}
