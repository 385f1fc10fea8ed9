using System.Security.Claims;
using Bluehelm.Platform.Data;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Bluehelm.Platform.Identity;

/// <summary>Puts the user's scopes into the sign-in cookie or bearer token, so checks need no query.</summary>
internal sealed class BluehelmClaimsFactory(
    UserManager<BluehelmUser> users,
    RoleManager<BluehelmRole> roles,
    IOptions<IdentityOptions> options,
    BluehelmDbContext db)
    : UserClaimsPrincipalFactory<BluehelmUser, BluehelmRole>(users, roles, options)
{
    protected override async Task<ClaimsIdentity> GenerateClaimsAsync(BluehelmUser user)
    {
        var identity = await base.GenerateClaimsAsync(user);
        var scopes = await db.UserScopes.AsNoTracking().Where(s => s.UserId == user.Id).ToListAsync();
        foreach (var scope in scopes)
        {
            identity.AddClaim(new Claim(scope.Kind == ScopeKind.Mission ? BluehelmClaims.Mission : BluehelmClaims.MemberState, scope.Code));
        }

        identity.AddClaim(new Claim(BluehelmClaims.DisplayName, string.IsNullOrEmpty(user.DisplayName) ? user.Email ?? "" : user.DisplayName));
        if (user.IsDemo)
        {
            identity.AddClaim(new Claim(BluehelmClaims.Demo, "true"));
        }

        return identity;
    }
}
