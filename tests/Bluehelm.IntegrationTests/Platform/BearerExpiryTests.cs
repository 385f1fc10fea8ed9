namespace Bluehelm.IntegrationTests.Platform;

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
