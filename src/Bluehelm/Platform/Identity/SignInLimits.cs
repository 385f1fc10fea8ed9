namespace Bluehelm.Platform.Identity;

/// <summary>
/// How sign-in resists guessing without letting a stranger shut the owner out (settings
/// <c>Bluehelm:SignIn:*</c>; the defaults suit a mission headquarters behind one satellite address).
/// </summary>
/// <remarks>
/// Three layers, cheapest first:
/// <list type="number">
/// <item>Per client address, ASP.NET Core's rate limiter: <see cref="ClientPermits"/> sign-in posts
/// (API and page) per <see cref="ClientWindow"/>, then 429 with <c>Retry-After</c>. It slows spraying
/// many accounts from one address; it never touches the account itself.</item>
/// <item>Per account and client address, in memory (<see cref="SignInFailures"/>): after
/// <see cref="ClientFailures"/> failures that client gets only "wrong e-mail or password" for that
/// account, without its password being checked, for <see cref="ClientBlock"/> after the last failure.
/// The owner signing in from another client is not affected.</item>
/// <item>Per account, in the database (Identity's lockout): only failures that reached the password
/// check count, so after <see cref="AccountFailures"/> of them (from several clients, since one client
/// stops at <see cref="ClientFailures"/>) the account is locked for <see cref="AccountLockout"/> and
/// its sessions and tokens end. That bounds guessing on one account to about 80 passwords an hour
/// (ASVS 2.2.1 asks for at most 100) even from many addresses. The lock expires by itself and
/// <c>bluehelm user unlock --email ...</c> lifts it at once.</item>
/// </list>
/// Every refusal (unknown e-mail, wrong password, blocked client, locked account) is the same answer
/// and costs one password hash check. The in-memory state is per process.
/// </remarks>
public sealed class SignInLimits
{
    public const string Section = "Bluehelm:SignIn";

    public int ClientPermits { get; set; } = 100;

    public TimeSpan ClientWindow { get; set; } = TimeSpan.FromMinutes(10);

    public int ClientFailures { get; set; } = 5;

    public TimeSpan ClientBlock { get; set; } = TimeSpan.FromMinutes(15);

    public int AccountFailures { get; set; } = 20;

    public TimeSpan AccountLockout { get; set; } = TimeSpan.FromMinutes(15);

    /// <summary>How long a process trusts the security stamp it read (sign-out in this process applies at once).</summary>
    public TimeSpan StampCheckInterval { get; set; } = TimeSpan.FromSeconds(30);
}
