using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Bluehelm.Platform.Identity;

/// <summary>A person who signs in to Bluehelm.</summary>
public sealed class BluehelmUser : IdentityUser<Guid>
{
    public BluehelmUser()
    {
        Id = Guid.CreateVersion7();
        SecurityStamp = Guid.NewGuid().ToString();
    }

    public string DisplayName { get; set; } = "";

    /// <summary>Created by the demo seed; shown as demo data in the interface.</summary>
    public bool IsDemo { get; set; }

    public List<UserScope> Scopes { get; } = [];
}

internal sealed class BluehelmUserConfiguration : IEntityTypeConfiguration<BluehelmUser>
{
    public void Configure(EntityTypeBuilder<BluehelmUser> b)
    {
        b.ToTable("platform_users");
        b.Property(x => x.DisplayName).HasMaxLength(200);
    }
}
