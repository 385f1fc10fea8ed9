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
            var type = scope.Kind switch
            {
                ScopeKind.Mission => BluehelmClaims.Mission,
                ScopeKind.MemberState => BluehelmClaims.MemberState,
                _ => BluehelmClaims.Unit,
            };
            identity.AddClaim(new Claim(type, scope.Code));
        }

        identity.AddClaim(new Claim(BluehelmClaims.DisplayName, string.IsNullOrEmpty(user.DisplayName) ? user.Email ?? "" : user.DisplayName));
        if (user.IsDemo)
        {
            identity.AddClaim(new Claim(BluehelmClaims.Demo, "true"));
        }

        return identity;
    }
}
