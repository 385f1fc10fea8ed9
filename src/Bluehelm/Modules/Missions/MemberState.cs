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

/// <summary>Provenance of an import: which file (by hash) was read, when, by whom, with what result.</summary>
internal sealed class ImportRecord
{
    public Guid Id { get; init; } = Guid.CreateVersion7();

    /// <summary>geo-pko-front, geo-pko-tcc, geo-pko-tt, ipi-strength, ...</summary>
    public required string Source { get; init; }

    public required string FileName { get; init; }

    public required string Sha256 { get; init; }

    public DateTimeOffset ImportedAt { get; init; }

    public int Rows { get; init; }
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

internal sealed class MissionStrengthConfiguration : IEntityTypeConfiguration<MissionStrength>
{
    public void Configure(EntityTypeBuilder<MissionStrength> b)
    {
        b.ToTable("missions_strength");
        b.HasKey(x => new { x.MissionId, x.Month });
        b.HasOne<Mission>().WithMany().HasForeignKey(x => x.MissionId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class ImportRecordConfiguration : IEntityTypeConfiguration<ImportRecord>
{
    public void Configure(EntityTypeBuilder<ImportRecord> b)
    {
        b.ToTable("missions_import_records");
        b.HasKey(x => x.Id);
        b.Property(x => x.Source).HasMaxLength(32);
        b.Property(x => x.FileName).HasMaxLength(256);
        b.Property(x => x.Sha256).HasMaxLength(64);
        b.HasIndex(x => new { x.Source, x.Sha256 });
    }
}
