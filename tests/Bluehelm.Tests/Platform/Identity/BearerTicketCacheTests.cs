using System.Security.Claims;
using Bluehelm.Platform.Identity;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Time.Testing;

namespace Bluehelm.Tests.Platform.Identity;

public sealed class BearerTicketCacheTests
{
    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2026, 11, 26, 8, 0, 0, TimeSpan.Zero));

    [Fact]
    public void Unprotect_SameTokenTwice_DecryptsOnceAndGivesEachCallerItsOwnPrincipal()
    {
        var inner = new CountingFormat();
        var cache = new BearerTicketCache(inner, _clock);

        var first = cache.Unprotect("token-a");
        var second = cache.Unprotect("token-a");

        inner.Unprotects.ShouldBe(1);
        first.ShouldNotBeNull().Principal.Identity!.Name.ShouldBe("token-a");
        second.ShouldNotBeNull().Principal.Identity!.Name.ShouldBe("token-a");
        second.Principal.ShouldNotBeSameAs(first.Principal);
        second.Principal.Identities.First().AddClaim(new Claim("added", "by one request"));
        cache.Unprotect("token-a")!.Principal.HasClaim("added", "by one request").ShouldBeFalse();
        second.Properties.ExpiresUtc.ShouldBe(inner.Expires);
    }

    [Fact]
    public void Unprotect_AfterTheCacheLifetime_DecryptsAgain()
    {
        var inner = new CountingFormat();
        var cache = new BearerTicketCache(inner, _clock);

        cache.Unprotect("token-a");
        _clock.Advance(BearerTicketCache.Lifetime + TimeSpan.FromSeconds(1));
        cache.Unprotect("token-a");

        inner.Unprotects.ShouldBe(2);
    }

    [Fact]
    public void Unprotect_InvalidTokenOrAPurpose_IsNeverCached()
    {
        var inner = new CountingFormat();
        var cache = new BearerTicketCache(inner, _clock);

        cache.Unprotect("bad").ShouldBeNull();
        cache.Unprotect("bad").ShouldBeNull();
        cache.Unprotect("token-a", "refresh");
        cache.Unprotect("token-a", "refresh");

        inner.Unprotects.ShouldBe(4);
    }

    private sealed class CountingFormat : ISecureDataFormat<AuthenticationTicket>
    {
        public int Unprotects { get; private set; }

        public DateTimeOffset Expires { get; } = new(2026, 11, 26, 16, 0, 0, TimeSpan.Zero);

        public string Protect(AuthenticationTicket data) => throw new NotSupportedException();

        public string Protect(AuthenticationTicket data, string? purpose) => throw new NotSupportedException();

        public AuthenticationTicket? Unprotect(string? protectedText) => Unprotect(protectedText, null);

        public AuthenticationTicket? Unprotect(string? protectedText, string? purpose)
        {
            Unprotects++;
            if (protectedText == "bad")
            {
                return null;
            }

            var identity = new ClaimsIdentity([new Claim(ClaimTypes.Name, protectedText!)], "Bearer");
            return new AuthenticationTicket(new ClaimsPrincipal(identity), new AuthenticationProperties { ExpiresUtc = Expires }, "Bearer");
        }
    }
}
