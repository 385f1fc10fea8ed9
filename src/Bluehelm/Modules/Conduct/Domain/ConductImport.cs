using Bluehelm.Modules.Conduct.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Bluehelm.Modules.Conduct.Domain;

/// <summary>One import of the UN's public table of allegations: which file, when, what it changed.</summary>
internal sealed class ConductImport
{
    public Guid Id { get; init; } = Guid.CreateVersion7();

    public required string FileName { get; set; }

    /// <summary>SHA-256 of the file, hex.</summary>
    public required string Sha256 { get; set; }

    public DateTimeOffset ImportedAt { get; set; }

    public int Rows { get; set; }

    public int Added { get; set; }

    public int Updated { get; set; }

    public int Unchanged { get; set; }
}

internal sealed class ConductImportConfiguration : IConductEntityConfiguration<ConductImport>
{
    public void Configure(EntityTypeBuilder<ConductImport> b)
    {
        b.ToTable("conduct_imports");
        b.HasKey(x => x.Id);
        b.Property(x => x.FileName).HasMaxLength(260);
        b.Property(x => x.Sha256).HasMaxLength(64);
        b.HasIndex(x => x.Sha256);
    }
}
