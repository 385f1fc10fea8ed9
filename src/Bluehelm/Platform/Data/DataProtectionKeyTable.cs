using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Bluehelm.Platform.Data;

/// <summary>The Data Protection key ring's table, named like the other Platform tables.</summary>
internal sealed class DataProtectionKeyTable : IEntityTypeConfiguration<DataProtectionKey>
{
    public void Configure(EntityTypeBuilder<DataProtectionKey> builder) => builder.ToTable("platform_data_protection_keys");
}
