using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Bluehelm.Modules.Alerts;

/// <summary>
/// One line of a response's notes, append-only: the JOC's orders at dispatch, then each report
/// (a commander's outcome notes), each with who wrote it and when. Nothing overwrites an earlier line.
/// </summary>
internal sealed class AlertResponseNote
{
    public Guid Id { get; init; } = Guid.CreateVersion7();

    public Guid ResponseId { get; init; }

    public DateTimeOffset At { get; init; }

    /// <summary>User id, or null for notes carried over from before the history existed.</summary>
    public Guid? UserId { get; init; }

    public required string Actor { get; init; }

    public required string Text { get; init; }
}

internal sealed class AlertResponseNoteConfiguration : IEntityTypeConfiguration<AlertResponseNote>
{
    public void Configure(EntityTypeBuilder<AlertResponseNote> b)
    {
        b.ToTable("alerts_response_notes");
        b.HasKey(x => x.Id);
        b.Property(x => x.Actor).HasMaxLength(256);
        b.Property(x => x.Text).HasMaxLength(2000);
        b.HasIndex(x => new { x.ResponseId, x.At });
    }
}
