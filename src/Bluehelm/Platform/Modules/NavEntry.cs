using System.Security.Claims;
using Bluehelm.Platform.Identity;

namespace Bluehelm.Platform.Modules;

/// <summary>
/// A link in the main navigation. <paramref name="TextKey"/> is looked up in the module's resources
/// (<paramref name="Resource"/>, an English/French .resx pair); <paramref name="Policy"/> decides who
/// sees it and must be the policy that guards the page it leads to (a link a role sees must open for
/// it); <paramref name="Order"/> places it among all modules' entries; <paramref name="OnHome"/>
/// also puts it on the home page.
/// </summary>
public sealed record NavEntry(string Href, string TextKey, Type Resource, int Order, string Policy = Policies.SignedIn, bool OnHome = false)
{
    /// <summary>The placeholder in <see cref="Href"/> for the user's (first) mission code.</summary>
    public const string MissionPlaceholder = "{mission}";

    /// <summary>Roles taken here after signing in (when no return address was asked for); the lowest <see cref="Order"/> wins.</summary>
    public IReadOnlyList<string> LandingFor { get; init; } = [];

    /// <summary>False for an entry that is only a landing page (the POC adviser's own mission), not a menu link.</summary>
    public bool InMenu { get; init; } = true;

    /// <summary>The address for <paramref name="user"/>: <see cref="MissionPlaceholder"/> filled in, or null when they have no mission.</summary>
    public string? HrefFor(ClaimsPrincipal user)
    {
        if (!Href.Contains(MissionPlaceholder, StringComparison.Ordinal))
        {
            return Href;
        }

        var mission = user.MissionScopes().Order(StringComparer.Ordinal).FirstOrDefault();
        return mission is null ? null : Href.Replace(MissionPlaceholder, Uri.EscapeDataString(mission), StringComparison.Ordinal);
    }
}
