using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Bluehelm.Modules.Missions;

/// <summary>A country that contributes to, hosts or funds peacekeeping (ISO 3166-1).</summary>
internal sealed class MemberState
{
    public required string Iso2 { get; init; }

    public required string Iso3 { get; set; }

    public required string NameEn { get; set; }

    public required string NameFr { get; set; }

    /// <summary>Member of the Organisation internationale de la Francophonie.</summary>
    public bool Francophone { get; set; }
}

internal sealed class MemberStateConfiguration : IEntityTypeConfiguration<MemberState>
{
    public void Configure(EntityTypeBuilder<MemberState> b)
    {
        b.ToTable("missions_member_states");
        b.HasKey(x => x.Iso2);
        b.Property(x => x.Iso2).HasMaxLength(2);
        b.Property(x => x.Iso3).HasMaxLength(3);
        b.Property(x => x.NameEn).HasMaxLength(128);
        b.Property(x => x.NameFr).HasMaxLength(128);
    }
}
