using System.Collections.Concurrent;
using System.Security.Claims;
using Bluehelm.Platform.Data;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.BearerToken;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Bluehelm.Platform.Identity;

/// <summary>
/// Ends every session and token of a user whose security stamp changed (sign-out, lockout, password or
/// role change) or who is locked out: each cookie and bearer request compares the stamp it carries
/// with the user's current one. The current stamp is read from the database at most once per
/// <see cref="SignInLimits.StampCheckInterval"/> per user and process; this process forgets it at
/// once when it changes the stamp itself, so its own sign-out and lockout take effect on the next request.
/// </summary>
/// <remarks>
/// Bearer tokens are checked before the bearer handler runs (<see cref="CheckBearerAsync"/>), on the
/// ticket <see cref="BearerTicketCache"/> hands out, so a cached ticket is checked like a fresh one.
/// </remarks>
internal sealed class SessionStamps(TimeProvider time, IOptions<IdentityOptions> identity, IOptions<SignInLimits> limits)
{
    public const int Capacity = 100_000;

    private readonly ConcurrentDictionary<Guid, (string? Stamp, DateTimeOffset? LockoutEnd, DateTimeOffset Until)> _current = new();

    public void Forget(Guid user) => _current.TryRemove(user, out _);

    public async Task<bool> IsCurrentAsync(ClaimsPrincipal principal, IServiceProvider services, CancellationToken ct)
    {
        var claims = identity.Value.ClaimsIdentity;
        var stamp = principal.FindFirstValue(claims.SecurityStampClaimType);
        if (!Guid.TryParse(principal.FindFirstValue(claims.UserIdClaimType), out var id) || string.IsNullOrEmpty(stamp))
        {
            return false;
        }

        var now = time.GetUtcNow();
        if (!_current.TryGetValue(id, out var current) || current.Until <= now)
        {
            var db = services.GetRequiredService<BluehelmDbContext>();
            var row = await db.Users.AsNoTracking().Where(u => u.Id == id).Select(u => new { u.SecurityStamp, u.LockoutEnd }).SingleOrDefaultAsync(ct);
            if (_current.Count >= Capacity)
            {
                _current.Clear();
            }

            current = (row?.SecurityStamp, row?.LockoutEnd, now + limits.Value.StampCheckInterval);
            _current[id] = current;
        }

        return string.Equals(current.Stamp, stamp, StringComparison.Ordinal) && !(current.LockoutEnd > now);
    }

    /// <summary>Cookie event: a session whose stamp is no longer current is rejected and its cookie removed.</summary>
    public static async Task ValidateCookieAsync(CookieValidatePrincipalContext context)
    {
        var http = context.HttpContext;
        var stamps = http.RequestServices.GetRequiredService<SessionStamps>();
        if (context.Principal is null || !await stamps.IsCurrentAsync(context.Principal, http.RequestServices, http.RequestAborted))
        {
            context.RejectPrincipal();
            await http.SignOutAsync(IdentityConstants.ApplicationScheme);
        }
    }

    /// <summary>Bearer event: a token whose user signed out or was locked out fails authentication.</summary>
    public static async Task CheckBearerAsync(MessageReceivedContext context)
    {
        var header = context.Request.Headers.Authorization.ToString();
        if (!header.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase))
        {
            return;
        }

        var token = header["Bearer ".Length..].Trim();
        var ticket = context.Options.BearerTokenProtector.Unprotect(token);
        if (ticket is null)
        {
            return; // not a token of ours: the handler refuses it
        }

        var http = context.HttpContext;
        var stamps = http.RequestServices.GetRequiredService<SessionStamps>();
        if (!await stamps.IsCurrentAsync(ticket.Principal, http.RequestServices, http.RequestAborted))
        {
            context.Fail("The session of this token has ended.");
            return;
        }

        context.Token = token;
    }
}
