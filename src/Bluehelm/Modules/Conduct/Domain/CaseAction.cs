using Bluehelm.Modules.Conduct.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Bluehelm.Modules.Conduct.Domain;

/// <summary>An action taken ("NG Jail (1)", "UN Repatriation (3)"); by the member state, the action it reported: by whom, what, for how many subjects.</summary>
internal sealed class CaseAction
{
    public Guid Id { get; init; } = Guid.CreateVersion7();

    public Guid CaseId { get; init; }

    public ActionBy By { get; set; }

    public ActionKind Kind { get; set; }

    public int Count { get; set; } = 1;

    public DateOnly? On { get; set; }

    public string? SourceText { get; set; }
}

internal sealed class CaseActionConfiguration : IConductEntityConfiguration<CaseAction>
{
    public void Configure(EntityTypeBuilder<CaseAction> b)
    {
        b.ToTable("conduct_actions");
        b.HasKey(x => x.Id);
        b.Property(x => x.SourceText).HasMaxLength(200);
        b.HasIndex(x => x.CaseId);
    }
}
