using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Bluehelm.Modules.Missions;

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
