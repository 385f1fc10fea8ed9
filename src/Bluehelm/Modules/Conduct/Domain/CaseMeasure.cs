using Bluehelm.Modules.Conduct.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Bluehelm.Modules.Conduct.Domain;

/// <summary>An interim measure ("UN Payments suspended (withheld) (2)"): by whom, what, for how many subjects.</summary>
internal sealed class CaseMeasure
{
    public Guid Id { get; init; } = Guid.CreateVersion7();

    public Guid CaseId { get; init; }

    public ActionBy By { get; set; }

    public MeasureKind Kind { get; set; }

    public int Count { get; set; } = 1;

    public DateOnly? On { get; set; }

    public string? SourceText { get; set; }
}

internal sealed class CaseMeasureConfiguration : IConductEntityConfiguration<CaseMeasure>
{
    public void Configure(EntityTypeBuilder<CaseMeasure> b)
    {
        b.ToTable("conduct_measures");
        b.HasKey(x => x.Id);
        b.Property(x => x.SourceText).HasMaxLength(200);
        b.HasIndex(x => x.CaseId);
    }
}
