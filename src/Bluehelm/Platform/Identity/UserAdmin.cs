using System.Security.Cryptography;
using Bluehelm.Platform.Data;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace Bluehelm.Platform.Identity;

/// <summary>Creates users with a role and scopes; shared by the seeding, the CLI and the admin pages.</summary>
public sealed class UserAdmin(UserManager<BluehelmUser> users, RoleManager<BluehelmRole> roles, BluehelmDbContext db, IEnumerable<IScopeDirectory> directories)
{
    public async Task EnsureRolesAsync()
    {
        foreach (var role in Roles.All)
        {
            if (!await roles.RoleExistsAsync(role))
            {
                Check(await roles.CreateAsync(new BluehelmRole(role)), "role");
            }
        }
    }

    public async Task<CreatedUser> CreateAsync(string email, string? password, string role, IEnumerable<string> scopes, string? displayName = null, bool isDemo = false)
    {
        email = email.Trim();
        if (!email.Contains('@', StringComparison.Ordinal) || email.Length > 256)
        {
            throw new UserAdminException("invalid-email", $"'{email}' is not an email address.");
        }

        if (!Roles.All.Contains(role, StringComparer.Ordinal))
        {
            throw new UserAdminException("unknown-role", $"Unknown role '{role}'. Roles: {string.Join(", ", Roles.All)}.");
        }

        var parsedScopes = new List<UserScope>();
        foreach (var text in scopes)
        {
            if (!UserScope.TryParse(text, out var kind, out var code))
            {
                throw new UserAdminException("invalid-scope", $"Invalid scope '{text}': use mission:CODE, state:ISO2 or unit:ID.");
            }

            if (kind == ScopeKind.Mission && !await AnyAsync((d, ct) => d.MissionExistsAsync(code, ct)))
            {
                throw new UserAdminException("unknown-mission", $"Unknown mission '{code}'.");
            }

            var unitId = kind == ScopeKind.Unit ? Guid.Parse(code) : Guid.Empty;
            if (kind == ScopeKind.Unit && !await AnyAsync((d, ct) => d.UnitExistsAsync(unitId, ct)))
            {
                throw new UserAdminException("invalid-scope", $"Unknown unit '{code}'.");
            }

            if (kind == ScopeKind.MemberState && Geo.Countries.Find(code) is null)
            {
                throw new UserAdminException("invalid-scope", $"Unknown country code '{code}'.");
            }

            parsedScopes.Add(new UserScope { Kind = kind, Code = code });
        }

        if (role == Roles.MemberState && parsedScopes.Count(s => s.Kind == ScopeKind.MemberState) != 1)
        {
            throw new UserAdminException("invalid-scope", "A member-state user needs exactly one scope state:ISO2.");
        }

        if (await users.FindByEmailAsync(email) is not null)
        {
            throw new UserAdminException("duplicate-email", $"A user with email '{email}' already exists.");
        }

        var generated = password is null ? NewPassword() : null;
        var user = new BluehelmUser { UserName = email, Email = email, EmailConfirmed = true, DisplayName = displayName ?? email, IsDemo = isDemo, LockoutEnabled = true };
        foreach (var scope in parsedScopes)
        {
            user.Scopes.Add(new UserScope { UserId = user.Id, Kind = scope.Kind, Code = scope.Code });
        }

        await using var tx = await db.Database.BeginTransactionAsync();
        var created = await users.CreateAsync(user, password ?? generated!);
        if (!created.Succeeded)
        {
            var weak = created.Errors.Any(e => e.Code.StartsWith("Password", StringComparison.Ordinal));
            throw new UserAdminException(weak ? "weak-password" : "invalid-user", string.Join(" ", created.Errors.Select(e => e.Description)));
        }

        Check(await users.AddToRoleAsync(user, role), "role");
        await tx.CommitAsync();
        return new CreatedUser(user.Id, email, generated);
    }

    /// <summary>Lifts a lockout now and clears the failure count (the owner need not wait for it to expire).</summary>
    public async Task UnlockAsync(string email)
    {
        email = email.Trim();
        var user = await users.FindByEmailAsync(email) ?? throw new UserAdminException("unknown-user", $"No user with email '{email}'.");
        Check(await users.SetLockoutEndDateAsync(user, null), "unlock");
        Check(await users.ResetAccessFailedCountAsync(user), "unlock");
    }

    private async Task<bool> AnyAsync(Func<IScopeDirectory, CancellationToken, Task<bool>> exists)
    {
        foreach (var directory in directories)
        {
            if (await exists(directory, CancellationToken.None))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>A random password that meets the password rules (20 characters, every class).</summary>
    public static string NewPassword()
    {
        const string upper = "ABCDEFGHJKLMNPQRSTUVWXYZ";
        const string lower = "abcdefghijkmnopqrstuvwxyz";
        const string digits = "23456789";
        const string symbols = "!#%+-=?@";
        const string all = upper + lower + digits + symbols;
        var chars = new char[20];
        chars[0] = upper[RandomNumberGenerator.GetInt32(upper.Length)];
        chars[1] = lower[RandomNumberGenerator.GetInt32(lower.Length)];
        chars[2] = digits[RandomNumberGenerator.GetInt32(digits.Length)];
        chars[3] = symbols[RandomNumberGenerator.GetInt32(symbols.Length)];
        for (var i = 4; i < chars.Length; i++)
        {
            chars[i] = all[RandomNumberGenerator.GetInt32(all.Length)];
        }

        RandomNumberGenerator.Shuffle(chars.AsSpan());
        return new string(chars);
    }

    private static void Check(IdentityResult result, string what)
    {
        if (!result.Succeeded)
        {
            throw new InvalidOperationException($"Could not create {what}: " + string.Join(" ", result.Errors.Select(e => e.Code)));
        }
    }
}
