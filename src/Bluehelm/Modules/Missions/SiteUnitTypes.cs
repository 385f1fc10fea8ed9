using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Bluehelm.Modules.Missions;

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

internal sealed class SiteUnitTypesConfiguration : IEntityTypeConfiguration<SiteUnitTypes>
{
    public void Configure(EntityTypeBuilder<SiteUnitTypes> b)
    {
        b.ToTable("missions_site_unit_types");
        b.HasKey(x => new { x.SiteId, x.Year, x.Ordinal });
    }
}
