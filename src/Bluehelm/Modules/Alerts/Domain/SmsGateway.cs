using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Bluehelm.Modules.Alerts;

/// <summary>An SMS gateway (RapidPro/Courier external channel) allowed to post to a mission.</summary>
internal sealed class SmsGateway
{
    public Guid Id { get; init; } = Guid.CreateVersion7();

    public Guid MissionId { get; init; }

    public required string Name { get; init; }

    /// <summary>SHA-256 of the shared secret; the secret itself is shown once when created.</summary>
    public required string SecretHash { get; init; }
}

internal sealed class SmsGatewayConfiguration : IEntityTypeConfiguration<SmsGateway>
{
    public void Configure(EntityTypeBuilder<SmsGateway> b)
    {
        b.ToTable("alerts_sms_gateways");
        b.HasKey(x => x.Id);
        b.Property(x => x.Name).HasMaxLength(64);
        b.Property(x => x.SecretHash).HasMaxLength(64);
        b.HasIndex(x => x.SecretHash).IsUnique();
    }
}
