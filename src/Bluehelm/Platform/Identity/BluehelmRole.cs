using Microsoft.AspNetCore.Identity;

namespace Bluehelm.Platform.Identity;

/// <summary>A role from <see cref="Roles"/>.</summary>
public sealed class BluehelmRole : IdentityRole<Guid>
{
    public BluehelmRole()
    {
        Id = Guid.CreateVersion7();
    }

    public BluehelmRole(string name)
        : this()
    {
        Name = name;
        NormalizedName = name.ToUpperInvariant();
    }
}
