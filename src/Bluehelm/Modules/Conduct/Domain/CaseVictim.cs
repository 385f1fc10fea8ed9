using Bluehelm.Modules.Conduct.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Bluehelm.Modules.Conduct.Domain;

/// <summary>
/// Victims of a case: a count per age group and sex (the table's "Child (2)"), or one person of a
/// live case, whose identity (name, contact, whereabouts) is kept only sealed.
/// </summary>
internal sealed class CaseVictim
{
    public Guid Id { get; init; } = Guid.CreateVersion7();

    public Guid CaseId { get; init; }

    public int Count { get; set; } = 1;

    public AgeGroup AgeGroup { get; set; }

    public Sex Sex { get; set; }

    /// <summary>Name, contact and whereabouts as one sealed JSON document; shown only on an audited reveal.</summary>
    public string? IdentitySealed { get; set; }
}

internal sealed class CaseVictimConfiguration : IConductEntityConfiguration<CaseVictim>
{
    public void Configure(EntityTypeBuilder<CaseVictim> b)
    {
        b.ToTable("conduct_victims");
        b.HasKey(x => x.Id);
        b.HasIndex(x => x.CaseId);
    }
}
