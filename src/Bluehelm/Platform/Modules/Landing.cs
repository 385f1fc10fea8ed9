using System.Security.Claims;
using Microsoft.AspNetCore.Authorization;

namespace Bluehelm.Platform.Modules;

/// <summary>
/// Where a user goes after signing in: the entry that names one of their roles in
/// <see cref="NavEntry.LandingFor"/> (a JOC officer on the alert board, a POC adviser on their
/// mission), else the first menu entry their role may open, else the home page. Every candidate is
/// checked against its own policy, so nobody lands on "Access denied".
/// </summary>
public static class Landing
{
    public static async Task<string> ForAsync(ClaimsPrincipal user, ModuleCatalog catalog, IAuthorizationService authorization)
    {
        var named = catalog.Navigation.Where(e => e.LandingFor.Any(user.IsInRole));
        var menu = catalog.Navigation.Where(e => e.InMenu);
        foreach (var entry in named.Concat(menu))
        {
            if (entry.HrefFor(user) is { } href && (await authorization.AuthorizeAsync(user, entry.Policy)).Succeeded)
            {
                return href;
            }
        }

        return "/";
    }
}
