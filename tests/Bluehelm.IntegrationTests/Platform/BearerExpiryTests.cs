using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Time.Testing;

namespace Bluehelm.IntegrationTests.Platform;

/// <summary>A host of its own with a fake clock: moving it 8 hours must not disturb other tests.</summary>
public sealed class ClockedApp : BluehelmApp
{
    public FakeTimeProvider Clock { get; } = new(new DateTimeOffset(2026, 11, 26, 8, 0, 0, TimeSpan.Zero));

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureServices(services =>
        {
            services.RemoveAll<TimeProvider>();
            services.AddSingleton<TimeProvider>(Clock);
        });
    }
}

/// <summary>Bearer tickets are remembered for a few minutes; expiry is still checked on every request.</summary>
public sealed class BearerExpiryTests(ClockedApp app) : IClassFixture<ClockedApp>
{
    [Fact]
    public async Task BearerToken_MinuteBeforeAndAfterExpiry_IsAcceptedThenRefused()
    {
        var ct = TestContext.Current.CancellationToken;
        var client = await app.ClientFor("joc.minusca@demo.bluehelm.local");

        app.Clock.Advance(TimeSpan.FromHours(8) - TimeSpan.FromMinutes(1));
        (await client.GetAsync("/api/v1/missions", ct)).StatusCode.ShouldBe(HttpStatusCode.OK);
        app.Clock.Advance(TimeSpan.FromMinutes(2));
        var expired = await client.GetAsync("/api/v1/missions", ct);

        expired.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        (await client.GetAsync("/api/v1/missions", ct)).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        var fresh = await app.ClientFor("joc.minusca@demo.bluehelm.local");
        (await fresh.GetAsync("/api/v1/missions", ct)).StatusCode.ShouldBe(HttpStatusCode.OK);
    }
}
