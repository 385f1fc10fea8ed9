using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Bluehelm.Modules.Missions;

/// <summary>A UN peacekeeping mission (reference data).</summary>
internal sealed class Mission
{
    public Guid Id { get; init; } = Guid.CreateVersion7();

    /// <summary>Short code such as MINUSCA; unique, upper case.</summary>
    public required string Code { get; init; }

    public required string NameEn { get; set; }

    public required string NameFr { get; set; }

    /// <summary>ISO 3166-1 alpha-2 code of the host country (CF).</summary>
    public string? HostCountryIso2 { get; set; }

    /// <summary>Comma-separated ISO 639-1 codes (fr,sg).</summary>
    public string WorkingLanguages { get; set; } = "en";

    public DateOnly? StartDate { get; set; }

    public DateOnly? EndDate { get; set; }

    public string? HeadquartersName { get; set; }

    public double? HeadquartersLatitude { get; set; }

    public double? HeadquartersLongitude { get; set; }

    public List<MandateResolution> Mandates { get; } = [];

    public List<Site> Sites { get; } = [];

    public bool IsActive => EndDate is null;

    public IReadOnlyList<string> Languages => WorkingLanguages.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}

internal sealed class MissionConfiguration : IEntityTypeConfiguration<Mission>
{
    public void Configure(EntityTypeBuilder<Mission> b)
    {
        b.ToTable("missions");
        b.HasKey(x => x.Id);
        b.Property(x => x.Code).HasMaxLength(16);
        b.HasIndex(x => x.Code).IsUnique();
        b.Property(x => x.NameEn).HasMaxLength(200);
        b.Property(x => x.NameFr).HasMaxLength(200);
        b.Property(x => x.HostCountryIso2).HasMaxLength(2);
        b.Property(x => x.WorkingLanguages).HasMaxLength(32);
        b.Property(x => x.HeadquartersName).HasMaxLength(100);
        b.HasMany(x => x.Mandates).WithOne().HasForeignKey(x => x.MissionId).OnDelete(DeleteBehavior.Cascade);
        b.HasMany(x => x.Sites).WithOne().HasForeignKey(x => x.MissionId).OnDelete(DeleteBehavior.Cascade);
        b.Ignore(x => x.IsActive);
        b.Ignore(x => x.Languages);
    }
}
