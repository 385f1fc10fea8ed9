using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Bluehelm.Modules.EarlyWarning.Warnings;

/// <summary>
/// One CAP message issued for a warning, kept as sent: an Update or Cancel references every earlier
/// one by sender, identifier and sent time (CAP 1.2 §3.2.1 <c>references</c>), so they never change.
/// </summary>
internal sealed class WarningMessage
{
    public Guid Id { get; init; } = Guid.CreateVersion7();

    public Guid WarningId { get; set; }

    /// <summary>1 for the first issue, then 2, 3...</summary>
    public int Sequence { get; set; }

    public CapMsgType MsgType { get; set; }

    /// <summary>The message's own CAP identifier, unique: <c>bluehelm:&lt;host&gt;:&lt;guid&gt;</c>.</summary>
    public string Identifier { get; set; } = "";

    public string Sender { get; set; } = "";

    /// <summary>CAP <c>sent</c>, whole seconds in UTC.</summary>
    public DateTimeOffset Sent { get; set; }

    /// <summary>The approver (Alert, Update) or the canceller.</summary>
    public Guid? IssuedById { get; set; }

    public string IssuedBy { get; set; } = "";

    /// <summary>The CAP 1.2 document as issued (UTF-8 text).</summary>
    public string Xml { get; set; } = "";

    /// <summary>This message as an entry of <c>references</c>: "sender,identifier,sent".</summary>
    public string Reference => Sender + "," + Identifier + "," + CapTime.Format(Sent);
}

internal sealed class WarningMessageConfiguration : IEntityTypeConfiguration<WarningMessage>
{
    public void Configure(EntityTypeBuilder<WarningMessage> b)
    {
        b.ToTable("earlywarning_messages");
        b.HasKey(x => x.Id);
        b.Property(x => x.Identifier).HasMaxLength(200);
        b.Property(x => x.Sender).HasMaxLength(200);
        b.Property(x => x.IssuedBy).HasMaxLength(256);
        b.Ignore(x => x.Reference);
        b.HasIndex(x => x.Identifier).IsUnique();
        b.HasIndex(x => new { x.WarningId, x.Sequence }).IsUnique();
    }
}
