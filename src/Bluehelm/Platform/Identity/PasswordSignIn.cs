using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Identity;

namespace Bluehelm.Platform.Identity;

/// <summary>
/// Sign-in by e-mail and password for the API and the sign-in page. It answers only "signed in" or
/// "not signed in", so a caller cannot tell an unknown e-mail from a wrong password or a locked
/// account, and each refusal checks one password hash (a dummy one when there is no account to
/// check), so the time taken does not tell either. Design of the limits: <see cref="SignInLimits"/>.
/// </summary>
internal sealed class PasswordSignIn(
    SignInManager<BluehelmUser> signIn,
    UserManager<BluehelmUser> users,
    IPasswordHasher<BluehelmUser> hasher,
    SignInFailures failures,
    SessionStamps stamps)
{
    private static readonly BluehelmUser Nobody = new();
    private static string? _dummyHash;

    /// <summary>Signs in with <paramref name="scheme"/> (cookie or bearer) and returns whether it did.</summary>
    public async Task<bool> SignInAsync(string email, string password, string scheme, HttpContext context)
    {
        var client = ClientAddress.Of(context);
        var user = await users.FindByEmailAsync(email);
        if (user is null || failures.IsBlocked(user.Id, client) || await users.IsLockedOutAsync(user))
        {
            CheckDummyPassword(password);
            return false;
        }

        signIn.AuthenticationScheme = scheme;
        var result = await signIn.PasswordSignInAsync(user, password, isPersistent: false, lockoutOnFailure: true);
        if (result.Succeeded)
        {
            failures.Clear(user.Id, client);
            stamps.Forget(user.Id); // an unlock by another process must not leave this one refusing the new session
            return true;
        }

        failures.Record(user.Id, client);
        if (result.IsLockedOut)
        {
            // This failure locked the account: end its sessions and tokens too.
            await users.UpdateSecurityStampAsync(user);
            stamps.Forget(user.Id);
        }

        return false;
    }

    private void CheckDummyPassword(string password)
    {
        _dummyHash ??= hasher.HashPassword(Nobody, UserAdmin.NewPassword());
        _ = hasher.VerifyHashedPassword(Nobody, _dummyHash, password);
    }
}
