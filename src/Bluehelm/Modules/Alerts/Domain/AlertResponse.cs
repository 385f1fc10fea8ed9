using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Bluehelm.Modules.Alerts;

/// <summary>Units sent to an alert, what they do, when and with what outcome.</summary>
internal sealed class AlertResponse
{
    public Guid Id { get; init; } = Guid.CreateVersion7();

    public Guid AlertId { get; init; }

    public ResponseAction Action { get; set; }

    public DateTimeOffset DispatchedAt { get; set; }

    public DateTimeOffset? OnSceneAt { get; set; }

    public ResponseOutcome? Outcome { get; set; }

    /// <summary>The notes, oldest first, append-only (<see cref="AlertResponseNote"/>).</summary>
    public List<AlertResponseNote> Notes { get; } = [];

    public List<AlertResponseUnit> Units { get; } = [];

    /// <summary>Adds a line to the notes; blank text adds nothing.</summary>
    public void AddNote(DateTimeOffset at, Guid? userId, string actor, string? text)
    {
        if (!string.IsNullOrWhiteSpace(text))
        {
            Notes.Add(new AlertResponseNote { ResponseId = Id, At = at, UserId = userId, Actor = actor, Text = text.Trim() });
        }
    }
}

internal sealed class AlertResponseConfiguration : IEntityTypeConfiguration<AlertResponse>
{
    public void Configure(EntityTypeBuilder<AlertResponse> b)
    {
        b.ToTable("alerts_responses");
        b.HasKey(x => x.Id);
        b.HasMany(x => x.Notes).WithOne().HasForeignKey(x => x.ResponseId).OnDelete(DeleteBehavior.Cascade);
        b.HasMany(x => x.Units).WithOne().HasForeignKey(x => x.ResponseId).OnDelete(DeleteBehavior.Cascade);
    }
}
