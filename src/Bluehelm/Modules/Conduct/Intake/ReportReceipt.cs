using Bluehelm.Modules.Conduct.Data;
using Bluehelm.Modules.Conduct.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Bluehelm.Modules.Conduct.Intake;

/// <summary>
/// The first answer to an anonymous report's form token or <c>Idempotency-Key</c>, kept in the Conduct
/// database with the case (one transaction), so a second submit finds the case instead of making
/// another. The key is stored hashed: a key is the reporter's, never an id to look cases up by.
/// </summary>
internal sealed class ReportReceipt
{
    /// <summary>SHA-256 (hex) of the channel and the key ("form:..." or "api:...").</summary>
    public required string KeyHash { get; init; }

    /// <summary>SHA-256 (hex) of the request body (API) or "form": the same key with another report is a conflict.</summary>
    public required string RequestHash { get; init; }

    public Guid CaseId { get; init; }

    public DateTimeOffset CreatedAt { get; init; }
}

internal sealed class ReportReceiptConfiguration : IConductEntityConfiguration<ReportReceipt>
{
    public void Configure(EntityTypeBuilder<ReportReceipt> b)
    {
        b.ToTable("conduct_report_receipts");
        b.HasKey(x => x.KeyHash);
        b.Property(x => x.KeyHash).HasMaxLength(64);
        b.Property(x => x.RequestHash).HasMaxLength(64);
        b.HasOne<ConductCase>().WithMany().HasForeignKey(x => x.CaseId).OnDelete(DeleteBehavior.Cascade);
    }
}
