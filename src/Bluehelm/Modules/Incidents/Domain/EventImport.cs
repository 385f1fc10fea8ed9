using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Bluehelm.Modules.Incidents;

/// <summary>One file imported into the event store: what it was, who brought it, what it changed.</summary>
internal sealed class EventImport
{
    public Guid Id { get; init; } = Guid.CreateVersion7();

    public EventSource Source { get; set; }

    /// <summary>The format read ("ged-csv", "ged-geojson", "acled", "acled-2019", "acled-legacy", "hxl").</summary>
    public string Format { get; set; } = "";

    public string Dataset { get; set; } = "";

    public string? DatasetVersion { get; set; }

    public string FileName { get; set; } = "";

    /// <summary>SHA-256 of the file's bytes, lower-case hex.</summary>
    public string Sha256 { get; set; } = "";

    public long Bytes { get; set; }

    public int Rows { get; set; }

    public int Added { get; set; }

    public int Updated { get; set; }

    public int Unchanged { get; set; }

    public DateTimeOffset ImportedAt { get; set; }

    /// <summary>Who imported it (user name or "cli:user").</summary>
    public string ImportedBy { get; set; } = "";
}

internal sealed class EventImportConfiguration : IEntityTypeConfiguration<EventImport>
{
    public void Configure(EntityTypeBuilder<EventImport> b)
    {
        b.ToTable("incidents_imports");
        b.HasKey(x => x.Id);
        b.Property(x => x.Format).HasMaxLength(40);
        b.Property(x => x.Dataset).HasMaxLength(100);
        b.Property(x => x.DatasetVersion).HasMaxLength(40);
        b.Property(x => x.FileName).HasMaxLength(260);
        b.Property(x => x.Sha256).HasMaxLength(64);
        b.Property(x => x.ImportedBy).HasMaxLength(256);
        b.HasIndex(x => x.Sha256);
    }
}
