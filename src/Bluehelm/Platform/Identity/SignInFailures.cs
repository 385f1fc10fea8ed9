using System.Collections.Concurrent;
using Microsoft.Extensions.Options;

namespace Bluehelm.Platform.Identity;

/// <summary>Failed sign-ins per account and client address, in memory (see <see cref="SignInLimits"/>).</summary>
internal sealed class SignInFailures(TimeProvider time, IOptions<SignInLimits> limits)
{
    /// <summary>Above this many pairs, expired ones are dropped; the per-client rate limit keeps one address from filling it.</summary>
    public const int Capacity = 100_000;

    private readonly ConcurrentDictionary<(Guid User, string Client), (int Count, DateTimeOffset Until)> _failures = new();

    public bool IsBlocked(Guid user, string client) =>
        _failures.TryGetValue((user, client), out var f) && f.Until > time.GetUtcNow() && f.Count >= limits.Value.ClientFailures;

    public void Record(Guid user, string client)
    {
        var now = time.GetUtcNow();
        if (_failures.Count >= Capacity)
        {
            foreach (var (key, value) in _failures)
            {
                if (value.Until <= now)
                {
                    _failures.TryRemove(key, out _);
                }
            }
        }

        var until = now + limits.Value.ClientBlock;
        _failures.AddOrUpdate((user, client), (1, until), (_, f) => (f.Until > now ? f.Count + 1 : 1, until));
    }

    public void Clear(Guid user, string client) => _failures.TryRemove((user, client), out _);
}
