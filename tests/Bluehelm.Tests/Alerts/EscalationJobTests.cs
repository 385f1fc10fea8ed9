using Bluehelm.Modules.Alerts;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;

namespace Bluehelm.Tests.Alerts;

public sealed class EscalationJobTests
{
    [Fact]
    public async Task ExecuteAsync_RunThrowsUnexpectedException_KeepsRunningNextMinute()
    {
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 11, 26, 8, 0, 0, TimeSpan.Zero));
        var runs = 0;
        var services = new ServiceCollection();
        services.AddScoped<EscalateOverdueAlerts>(_ =>
        {
            Interlocked.Increment(ref runs);
            throw new NotSupportedException("boom");
        });
        await using var provider = services.BuildServiceProvider();
        using var job = new EscalationJob(provider.GetRequiredService<IServiceScopeFactory>(), clock, NullLogger<EscalationJob>.Instance);

        await job.StartAsync(TestContext.Current.CancellationToken);
        await Until(() => Volatile.Read(ref runs) >= 1);
        clock.Advance(TimeSpan.FromMinutes(1));
        await Until(() => Volatile.Read(ref runs) >= 2 || job.ExecuteTask!.IsCompleted);

        job.ExecuteTask!.IsFaulted.ShouldBeFalse();
        Volatile.Read(ref runs).ShouldBe(2);
        await job.StopAsync(TestContext.Current.CancellationToken);
    }

    private static async Task Until(Func<bool> condition)
    {
        for (var i = 0; i < 500 && !condition(); i++)
        {
            await Task.Delay(20, TestContext.Current.CancellationToken);
        }
    }
}
