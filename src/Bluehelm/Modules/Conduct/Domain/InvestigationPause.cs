using Bluehelm.Modules.Conduct.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Bluehelm.Modules.Conduct.Domain;

/// <summary>A pause of the investigation clock, always with its reason; <see cref="To"/> null while it lasts.</summary>
internal sealed class InvestigationPause
{
    public Guid Id { get; init; } = Guid.CreateVersion7();

    public Guid CaseId { get; init; }

    public DateOnly From { get; set; }

    public DateOnly? To { get; set; }

    /// <summary>Why the clock stopped ("victim hospitalised, cannot be interviewed"), without names.</summary>
    public required string Reason { get; set; }

    public Guid? ByUserId { get; set; }
}

internal sealed class InvestigationPauseConfiguration : IConductEntityConfiguration<InvestigationPause>
{
    public void Configure(EntityTypeBuilder<InvestigationPause> b)
    {
        b.ToTable("conduct_pauses");
        b.HasKey(x => x.Id);
        b.Property(x => x.Reason).HasMaxLength(500);
        b.HasIndex(x => x.CaseId);
    }
}
