namespace Bluehelm.IntegrationTests.Platform.Hosting;

/// <summary>A malformed request is told what is wrong (JSON and where, or which parameter), in its language.</summary>
public sealed class BadRequestTests(BluehelmApp app) : IClassFixture<BluehelmApp>
{
    [Fact]
    public async Task Request_MalformedJsonBody_Answers400InvalidJsonWithWhere()
    {
        var ct = TestContext.Current.CancellationToken;
        using var client = await app.ClientFor("joc.minusca@demo.bluehelm.local");

        using var response = await client.PostAsync(
            new Uri($"/api/v1/alerts/{Guid.CreateVersion7()}/transitions", UriKind.Relative),
            new StringContent("{\n  \"to\": \"triaged\",\n  \"version\": \"seven\"\n}", System.Text.Encoding.UTF8, "application/json"),
            ct);

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>(ct);
        problem.GetProperty("code").GetString().ShouldBe("invalid-json");
        problem.GetProperty("path").GetString().ShouldBe("$.version");
        problem.GetProperty("line").GetInt64().ShouldBe(3);
        problem.GetProperty("detail").GetString()!.ShouldContain("$.version");
    }

    [Fact]
    public async Task TruncatedJsonBody_InFrench_Answers400InvalidJsonInFrench()
    {
        var ct = TestContext.Current.CancellationToken;
        using var client = await app.ClientFor("joc.minusca@demo.bluehelm.local");
        using var request = new HttpRequestMessage(HttpMethod.Post, $"/api/v1/alerts/{Guid.CreateVersion7()}/transitions")
        {
            Content = new StringContent("{\"to\": ", System.Text.Encoding.UTF8, "application/json"),
        };
        request.Headers.AcceptLanguage.ParseAdd("fr");

        using var response = await client.SendAsync(request, ct);

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>(ct);
        problem.GetProperty("code").GetString().ShouldBe("invalid-json");
        problem.GetProperty("title").GetString()!.ShouldContain("JSON valide");
        problem.GetProperty("detail").GetString()!.ShouldStartWith("JSON invalide");
    }

    [Fact]
    public async Task Request_MalformedQueryValue_Answers400NamingTheParameter()
    {
        var ct = TestContext.Current.CancellationToken;
        using var client = await app.ClientFor("joc.minusca@demo.bluehelm.local");

        using var response = await client.GetAsync(new Uri("/api/v1/alerts?mission=MINUSCA&limit=lots", UriKind.Relative), ct);

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>(ct);
        problem.GetProperty("code").GetString().ShouldBe("invalid-query-value");
        problem.GetProperty("parameter").GetString().ShouldBe("limit");
        problem.GetProperty("detail").GetString()!.ShouldContain("limit");
    }
}
