using System.Security.Claims;

namespace Bluehelm.Platform.Identity;

/// <summary>Answers "may this user see or change data of this mission or member state?".</summary>
public static class ScopeAccess
{
    /// <summary>Admins and headquarters force generation see every mission.</summary>
    public static bool SeesAllMissions(this ClaimsPrincipal user) =>
        user.IsInRole(Roles.Admin) || user.IsInRole(Roles.ForceGeneration);

    public static bool HasMissionScope(this ClaimsPrincipal user, string missionCode) =>
        user.SeesAllMissions() || user.FindAll(BluehelmClaims.Mission).Any(c => string.Equals(c.Value, missionCode, StringComparison.OrdinalIgnoreCase));

    public static IReadOnlyList<string> MissionScopes(this ClaimsPrincipal user) =>
        [.. user.FindAll(BluehelmClaims.Mission).Select(c => c.Value)];

    /// <summary>Units a commander commands.</summary>
    public static IReadOnlyList<Guid> UnitScopes(this ClaimsPrincipal user) =>
        [.. user.FindAll(BluehelmClaims.Unit).Select(c => Guid.TryParse(c.Value, out var id) ? id : Guid.Empty).Where(id => id != Guid.Empty)];

    public static string? MemberStateScope(this ClaimsPrincipal user) =>
        user.FindFirst(BluehelmClaims.MemberState)?.Value;

    public static Guid? UserId(this ClaimsPrincipal user) =>
        Guid.TryParse(user.FindFirstValue(ClaimTypes.NameIdentifier), out var id) ? id : null;
}
