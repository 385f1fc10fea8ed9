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
