using System.IO.Compression;
using System.Net.Http.Headers;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Bluehelm.IntegrationTests.Platform.Hosting;

/// <summary>
/// Bytes on a satellite link: pages, JSON and CSV compressed with Brotli or gzip when the client
/// asks (and only then), static assets under versioned names with a year of caching and the
/// build's precompressed copy.
/// </summary>
public sealed partial class CompressionTests(BluehelmApp app) : IClassFixture<BluehelmApp>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public static TheoryData<string, string> Answers => new()
    {
        { "/missions/MINUSCA", "br" },
        { "/missions/MINUSCA", "gzip" },
        { "/api/v1/missions/MINUSCA", "br" },
        { "/api/v1/missions/MINUSCA", "gzip" },
        { "/api/v1/alerts/export?mission=MINUSCA&format=csv", "br" },
        { "/api/v1/alerts/export?mission=MINUSCA&format=csv", "gzip" },
    };

    [Theory]
    [MemberData(nameof(Answers))]
    public async Task PageJsonAndCsv_AcceptEncoding_AreCompressedAndDecompressToTheSameBody(string address, string encoding)
    {
        await EnsureAlertsAsync();
        using var client = await app.PageClientFor("joc.minusca@demo.bluehelm.local");
        var plain = await Body(client, address);

        using var request = new HttpRequestMessage(HttpMethod.Get, address);
        request.Headers.AcceptEncoding.Add(new StringWithQualityHeaderValue(encoding));
        using var response = await client.SendAsync(request, Ct);

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        response.Content.Headers.ContentEncoding.ShouldBe([encoding]);
        response.Headers.Vary.ShouldContain("Accept-Encoding");
        var compressed = await response.Content.ReadAsByteArrayAsync(Ct);
        var text = Decompress(compressed, encoding);
        // Pages carry a fresh antiforgery token each time: compare what does not change.
        text.Length.ShouldBeInRange(plain.Length - 400, plain.Length + 400);
        text.ShouldContain(address.Contains("csv", StringComparison.Ordinal) ? "id," : "MINUSCA");
        compressed.Length.ShouldBeLessThan(System.Text.Encoding.UTF8.GetByteCount(plain) / 2, $"{address} {encoding}");
    }

    [Theory]
    [InlineData("/missions/MINUSCA")]
    [InlineData("/api/v1/missions/MINUSCA")]
    [InlineData("/api/v1/alerts/export?mission=MINUSCA&format=csv")]
    public async Task PageJsonAndCsv_NoAcceptEncoding_AreSentPlain(string address)
    {
        using var client = await app.PageClientFor("joc.minusca@demo.bluehelm.local");
        using var request = new HttpRequestMessage(HttpMethod.Get, address);

        using var response = await client.SendAsync(request, Ct);

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        response.Content.Headers.ContentEncoding.ShouldBeEmpty();
        (await response.Content.ReadAsStringAsync(Ct)).ShouldContain(address.Contains("csv", StringComparison.Ordinal) ? "id," : "MINUSCA");
    }

    [Fact]
    public async Task StaticAssets_LinkedFromAPage_HaveVersionedNamesAYearOfCachingAndPrecompressedCopies()
    {
        using var client = app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        var page = await client.GetStringAsync(new Uri("/account/login", UriKind.Relative), Ct);
        var assets = AssetLink().Matches(page).Select(m => m.Groups["url"].Value).ToList();
        assets.ShouldContain(a => a.StartsWith("app.", StringComparison.Ordinal) && a.EndsWith(".css", StringComparison.Ordinal));
        assets.ShouldContain(a => a.StartsWith("map.", StringComparison.Ordinal) && a.EndsWith(".js", StringComparison.Ordinal));
        assets.ShouldContain(a => a.StartsWith("board.", StringComparison.Ordinal) && a.EndsWith(".js", StringComparison.Ordinal));

        foreach (var asset in assets)
        {
            FingerprintedName().IsMatch(asset).ShouldBeTrue($"{asset} has no version in its name");
            foreach (var encoding in (string[])["br", "gzip"])
            {
                using var request = new HttpRequestMessage(HttpMethod.Get, "/" + asset);
                request.Headers.AcceptEncoding.ParseAdd(encoding);
                using var response = await client.SendAsync(request, Ct);
                response.StatusCode.ShouldBe(HttpStatusCode.OK, asset);
                var cache = response.Headers.CacheControl;
                cache.ShouldNotBeNull(asset);
                cache.MaxAge.ShouldNotBeNull(asset);
                cache.MaxAge.Value.ShouldBeGreaterThanOrEqualTo(TimeSpan.FromDays(365), asset);
                cache.Extensions.ShouldContain(e => e.Name == "immutable", asset);
                response.Content.Headers.ContentEncoding.ShouldBe([encoding], asset);
                Decompress(await response.Content.ReadAsByteArrayAsync(Ct), encoding).Length.ShouldBeGreaterThan(1000, asset);
            }
        }
    }

    [Fact]
    public async Task StaticAsset_UnversionedName_IsRevalidatedNotKeptForAYear()
    {
        using var client = app.CreateClient();

        using var response = await client.GetAsync(new Uri("/app.css", UriKind.Relative), Ct);

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        (response.Headers.CacheControl?.NoCache ?? false).ShouldBeTrue();
        response.Headers.ETag.ShouldNotBeNull();
    }

    /// <summary>A dozen alerts, so that the CSV export has rows to compress (the tests of a class run one at a time).</summary>
    private async Task EnsureAlertsAsync()
    {
        using var joc = await app.ClientFor("joc.minusca@demo.bluehelm.local");
        var existing = await joc.GetStringAsync(new Uri("/api/v1/alerts/export?mission=MINUSCA&format=csv", UriKind.Relative), Ct);
        for (var i = existing.Split('\n', StringSplitOptions.RemoveEmptyEntries).Length; i < 12; i++)
        {
            var body = Alerts.AlertsApp.Body($"Compression test alert {i}: armed men seen near the market", lat: 5.7 + (i / 100.0));
            (await joc.PostAsJsonAsync("/api/v1/alerts", body, Ct)).StatusCode.ShouldBe(HttpStatusCode.Created);
        }
    }

    private static async Task<string> Body(HttpClient client, string address)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, address);
        using var response = await client.SendAsync(request, Ct);
        response.EnsureSuccessStatusCode();
        return await response.Content.ReadAsStringAsync(Ct);
    }

    private static string Decompress(byte[] body, string encoding)
    {
        using var input = new MemoryStream(body);
        using Stream decoder = encoding == "br" ? new BrotliStream(input, CompressionMode.Decompress) : new GZipStream(input, CompressionMode.Decompress);
        using var reader = new StreamReader(decoder);
        return reader.ReadToEnd();
    }

    [GeneratedRegex("(?:href|src)=\"(?<url>[^\"]+\\.(?:css|js))\"")]
    private static partial Regex AssetLink();

    [GeneratedRegex(@"\.[a-z0-9]{8,}\.(css|js)$")]
    private static partial Regex FingerprintedName();
}
