using Bluehelm.Platform.Identity;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace Bluehelm.Tests.Platform.Identity;

public sealed class SignInFailuresTests
{
    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2026, 11, 26, 8, 0, 0, TimeSpan.Zero));
    private readonly SignInFailures _failures;

    public SignInFailuresTests() => _failures = new SignInFailures(_clock, Options.Create(new SignInLimits()));

    [Fact]
    public void IsBlocked_FiveFailuresFromOneClient_BlocksThatClientOnlyAndOnlyForThatAccount()
    {
        var owner = Guid.CreateVersion7();
        var other = Guid.CreateVersion7();
        for (var i = 0; i < 4; i++)
        {
            _failures.Record(owner, "198.51.100.7");
        }

        _failures.IsBlocked(owner, "198.51.100.7").ShouldBeFalse();
        _failures.Record(owner, "198.51.100.7");

        _failures.IsBlocked(owner, "198.51.100.7").ShouldBeTrue();
        _failures.IsBlocked(owner, "203.0.113.1").ShouldBeFalse();
        _failures.IsBlocked(other, "198.51.100.7").ShouldBeFalse();
    }

    [Fact]
    public void IsBlocked_FifteenMinutesAfterTheLastFailure_EndsAndCountsAfresh()
    {
        var user = Guid.CreateVersion7();
        for (var i = 0; i < 5; i++)
        {
            _failures.Record(user, "198.51.100.7");
        }

        _clock.Advance(TimeSpan.FromMinutes(14));
        _failures.IsBlocked(user, "198.51.100.7").ShouldBeTrue();
        _clock.Advance(TimeSpan.FromMinutes(2));
        _failures.IsBlocked(user, "198.51.100.7").ShouldBeFalse();
        _failures.Record(user, "198.51.100.7");
        _failures.IsBlocked(user, "198.51.100.7").ShouldBeFalse();
    }

    [Fact]
    public void Clear_AfterASuccess_ForgetsTheFailures()
    {
        var user = Guid.CreateVersion7();
        for (var i = 0; i < 5; i++)
        {
            _failures.Record(user, "198.51.100.7");
        }

        _failures.Clear(user, "198.51.100.7");

        _failures.IsBlocked(user, "198.51.100.7").ShouldBeFalse();
    }
}
