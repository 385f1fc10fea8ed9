using System.IO.Compression;
using System.Net.Http.Headers;
using Bluehelm.Platform.Maps;

namespace Bluehelm.IntegrationTests.Platform;

/// <summary>The outlines the zoomable map draws: a host country and its neighbours, small, compressed, cacheable.</summary>
public sealed class MapOutlinesTests(BluehelmApp app) : IClassFixture<BluehelmApp>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static async Task<JsonElement> Features(HttpResponseMessage response)
    {
        var bytes = await response.Content.ReadAsByteArrayAsync(Ct);
        Stream body = new MemoryStream(bytes);
        if (response.Content.Headers.ContentEncoding.Contains("br"))
        {
            body = new BrotliStream(body, CompressionMode.Decompress);
        }
        else if (response.Content.Headers.ContentEncoding.Contains("gzip"))
        {
            body = new GZipStream(body, CompressionMode.Decompress);
        }

        using var document = await JsonDocument.ParseAsync(body, cancellationToken: Ct);
        return document.RootElement.GetProperty("features").Clone();
    }

    [Fact]
    public async Task Outlines_CentralAfricanRepublicAnonymousWithBrotli_HostAndNeighboursCompressedAndCacheable()
    {
        var client = app.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/v1/maps/outlines/CF");
        request.Headers.AcceptEncoding.Add(new StringWithQualityHeaderValue("br"));
        request.Headers.AcceptEncoding.Add(new StringWithQualityHeaderValue("gzip"));

        var response = await client.SendAsync(request, Ct);

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("application/geo+json");
        response.Content.Headers.ContentEncoding.ShouldBe(["br"]);
        response.Headers.CacheControl!.Public.ShouldBeTrue();
        response.Headers.CacheControl.NoStore.ShouldBeFalse();
        response.Headers.Vary.ShouldContain("Accept-Encoding");
        response.Headers.ETag.ShouldNotBeNull();
        var compressed = (await response.Content.ReadAsByteArrayAsync(Ct)).Length;
        compressed.ShouldBeLessThan(15_000, "a satellite link pays for every byte");
        var features = await Features(response);
        var names = features.EnumerateArray().Select(f => f.GetProperty("properties").GetProperty("name").GetString()).ToList();
        features.EnumerateArray().Where(f => f.GetProperty("properties").GetProperty("host").GetBoolean())
            .Select(f => f.GetProperty("properties").GetProperty("name").GetString()).ShouldBe(["Central African Rep."]);
        names.ShouldContain("Chad");
        names.ShouldContain("Cameroon");
        names.ShouldContain("Dem. Rep. Congo");
        names.ShouldContain("S. Sudan");
        names.ShouldNotContain("France");
        OutlineEndpoints.Build("CF").Length.ShouldBeLessThan(200_000);
        TestContext.Current.SendDiagnosticMessage($"outlines CF: {OutlineEndpoints.Build("CF").Length} bytes, {compressed} with Brotli");
    }

    [Fact]
    public async Task Outlines_SameETagAgain_NotModified()
    {
        var client = app.CreateClient();
        var first = await client.GetAsync("/api/v1/maps/outlines/CF", Ct);
        first.Content.Headers.ContentEncoding.ShouldBeEmpty();
        (await Features(first)).GetArrayLength().ShouldBeGreaterThan(5);

        using var again = new HttpRequestMessage(HttpMethod.Get, "/api/v1/maps/outlines/CF");
        again.Headers.IfNoneMatch.Add(first.Headers.ETag!);
        var second = await client.SendAsync(again, Ct);

        second.StatusCode.ShouldBe(HttpStatusCode.NotModified);
        (await second.Content.ReadAsByteArrayAsync(Ct)).ShouldBeEmpty();
    }

    [Theory]
    [InlineData("ZZ")]
    [InlineData("central-african-republic")]
    public async Task Outlines_UnknownCountry_NotFound(string country)
    {
        var response = await app.CreateClient().GetAsync($"/api/v1/maps/outlines/{country}", Ct);

        response.StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task PagePolicy_NoTileServerConfigured_ImagesFromOwnOriginOnly()
    {
        var response = await app.CreateClient().GetAsync("/", Ct);

        response.Headers.GetValues("Content-Security-Policy").Single().ShouldContain("img-src 'self' data:;");
    }
}

/// <summary>A mission that hosts a tile server: its origin, and only it, may serve the pages' images.</summary>
public sealed class MapTileServerTests(MapTileServerTests.TiledApp app) : IClassFixture<MapTileServerTests.TiledApp>
{
    public sealed class TiledApp : BluehelmApp
    {
        public override ValueTask InitializeAsync()
        {
            Settings["Bluehelm:Maps:TileUrlTemplate"] = "https://tiles.minusca.example:8443/{z}/{x}/{y}.png";
            Settings["Bluehelm:Maps:TileAttribution"] = "MINUSCA GIS";
            return base.InitializeAsync();
        }
    }

    [Fact]
    public async Task PagePolicy_TileServerConfigured_AllowsItsOriginForImages()
    {
        var response = await app.CreateClient().GetAsync("/", TestContext.Current.CancellationToken);

        var policy = response.Headers.GetValues("Content-Security-Policy").Single();
        policy.ShouldContain("img-src 'self' data: https://tiles.minusca.example:8443;");
        policy.ShouldContain("script-src 'self';");
    }
}
