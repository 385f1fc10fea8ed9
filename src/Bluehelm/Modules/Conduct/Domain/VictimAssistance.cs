using Bluehelm.Modules.Conduct.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Bluehelm.Modules.Conduct.Domain;

/// <summary>A service requested for, and given to, a victim of a case.</summary>
internal sealed class VictimAssistance
{
    public Guid Id { get; init; } = Guid.CreateVersion7();

    public Guid CaseId { get; init; }

    /// <summary>The victim record (null: the case's victims as a whole).</summary>
    public Guid? VictimId { get; set; }

    public AssistanceService Service { get; set; }

    /// <summary>The organisation that provides it (a clinic, an NGO), never a victim's name.</summary>
    public required string Provider { get; set; }

    public DateOnly RequestedOn { get; set; }

    public DateOnly? ReceivedOn { get; set; }

    /// <summary>Notes about the victim's needs: sealed.</summary>
    public string? NoteSealed { get; set; }
}

internal sealed class VictimAssistanceConfiguration : IConductEntityConfiguration<VictimAssistance>
{
    public void Configure(EntityTypeBuilder<VictimAssistance> b)
    {
        b.ToTable("conduct_assistance");
        b.HasKey(x => x.Id);
        b.Property(x => x.Provider).HasMaxLength(200);
        b.HasIndex(x => x.CaseId);
    }
}
