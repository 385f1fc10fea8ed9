using Bluehelm.Modules.Conduct.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Bluehelm.Modules.Conduct.Domain;

/// <summary>One allegation type of a case ("SA (Rape)"); a case may carry several.</summary>
internal sealed class CaseAllegation
{
    public Guid Id { get; init; } = Guid.CreateVersion7();

    public Guid CaseId { get; init; }

    public AllegationCategory Category { get; set; }

    public AllegationType Type { get; set; }

    /// <summary>The source's own words (the table's line), kept when the type was mapped.</summary>
    public string? SourceText { get; set; }
}

internal sealed class CaseAllegationConfiguration : IConductEntityConfiguration<CaseAllegation>
{
    public void Configure(EntityTypeBuilder<CaseAllegation> b)
    {
        b.ToTable("conduct_allegations");
        b.HasKey(x => x.Id);
        b.Property(x => x.SourceText).HasMaxLength(200);
        b.HasIndex(x => x.CaseId);
    }
}
