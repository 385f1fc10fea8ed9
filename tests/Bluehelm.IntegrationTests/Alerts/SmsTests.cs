namespace Bluehelm.IntegrationTests.Alerts;

[Collection(AlertsCollection.Name)]
public sealed class SmsTests(AlertsApp app)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private async Task<HttpResponseMessage> Post(Dictionary<string, string> fields, string? secret)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/alerts/sms") { Content = new FormUrlEncodedContent(fields) };
        if (secret is not null)
        {
            request.Headers.Authorization = new("Bearer", secret);
        }

        return await app.CreateClient().SendAsync(request, Ct);
    }

    private static Dictionary<string, string> Sms(string from, string text, string? id = null)
    {
        var fields = new Dictionary<string, string> { ["from"] = from, ["text"] = text, ["date"] = "2026-11-26T07:55:00Z" };
        if (id is not null)
        {
            fields["id"] = id;
        }

        return fields;
    }

    [Fact]
    public async Task Sms_NewNumber_CreatesAnAlertWithLanguageAndPlace()
    {
        var response = await Post(Sms("+236 72 11 11 11", "Les rebelles sont dans le village près de Bambari, ils brûlent les maisons", "msg-1"), app.GatewaySecret);

        response.StatusCode.ShouldBe(HttpStatusCode.Created);
        var id = (await response.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("alertId").GetGuid();
        var joc = await app.ClientFor(AlertsApp.Joc);
        var a = await joc.GetFromJsonAsync<JsonElement>($"/api/v1/alerts/{id}", Ct);
        a.GetProperty("channel").GetString().ShouldBe("sms");
        a.GetProperty("language").GetString().ShouldBe("fr");
        a.GetProperty("placeName").GetString().ShouldBe("Bambari");
        a.GetProperty("nearestSite").GetString().ShouldBe("Bambari");
        a.GetProperty("reporter").GetProperty("phone").GetString().ShouldBe("+23672111111");
        a.GetProperty("receivedAt").GetDateTimeOffset().ShouldBe(new DateTimeOffset(2026, 11, 26, 7, 55, 0, TimeSpan.Zero));
    }

    [Fact]
    public async Task Sms_NamingAVillageWithoutASite_IsPlacedAtTheVillage()
    {
        // Ndassima is no deployment site; the UCDP gazetteer places it at 6.13894, 20.77787.
        var response = await Post(Sms("+236 75 33 44 55", "Des hommes armés sont entrés à Ndassima cette nuit, la lady du marché a fui", "msg-village"), app.GatewaySecret);

        response.StatusCode.ShouldBe(HttpStatusCode.Created);
        var id = (await response.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("alertId").GetGuid();
        var joc = await app.ClientFor(AlertsApp.Joc);
        var a = await joc.GetFromJsonAsync<JsonElement>($"/api/v1/alerts/{id}", Ct);
        a.GetProperty("placeName").GetString().ShouldBe("Ndassima");
        a.GetProperty("latitude").GetDouble().ShouldBe(6.13894, 0.00001);
        a.GetProperty("longitude").GetDouble().ShouldBe(20.77787, 0.00001);
        a.GetProperty("prioGridGid").GetInt32().ShouldBe(((int)Math.Floor((6.13894 + 90) / 0.5)) * 720 + (int)Math.Floor((20.77787 + 180) / 0.5) + 1);
        a.GetProperty("nearestSite").GetString().ShouldNotBeNullOrEmpty();
    }

    [Fact]
    public async Task Sms_GatewayRetrySameId_ReturnsTheSameAlert()
    {
        var first = await Post(Sms("+23672222222", "Ala ye na kodoro so, awali na amolenge ake kpe", "msg-retry"), app.GatewaySecret);
        var again = await Post(Sms("+23672222222", "Ala ye na kodoro so, awali na amolenge ake kpe", "msg-retry"), app.GatewaySecret);

        first.StatusCode.ShouldBe(HttpStatusCode.Created);
        again.StatusCode.ShouldBe(HttpStatusCode.OK);
        var a = await first.Content.ReadFromJsonAsync<JsonElement>(Ct);
        var b = await again.Content.ReadFromJsonAsync<JsonElement>(Ct);
        b.GetProperty("alertId").GetGuid().ShouldBe(a.GetProperty("alertId").GetGuid());
        b.GetProperty("replayed").GetBoolean().ShouldBeTrue();
        var joc = await app.ClientFor(AlertsApp.Joc);
        (await joc.GetFromJsonAsync<JsonElement>($"/api/v1/alerts/{a.GetProperty("alertId").GetGuid()}", Ct)).GetProperty("language").GetString().ShouldBe("sg");
    }

    [Fact]
    public async Task Sms_ReplyFromNumberWithOpenAlert_AttachesToIt()
    {
        var first = await Post(Sms("+23672333333", "Attack on the village, people running", "msg-open"), app.GatewaySecret);
        var id = (await first.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("alertId").GetGuid();

        var reply = await Post(Sms("00236 72 33 33 33", "They are still here, 20 armed men", "msg-reply"), app.GatewaySecret);

        reply.StatusCode.ShouldBe(HttpStatusCode.OK);
        var r = await reply.Content.ReadFromJsonAsync<JsonElement>(Ct);
        r.GetProperty("alertId").GetGuid().ShouldBe(id);
        r.GetProperty("reply").GetBoolean().ShouldBeTrue();
        var joc = await app.ClientFor(AlertsApp.Joc);
        var a = await joc.GetFromJsonAsync<JsonElement>($"/api/v1/alerts/{id}", Ct);
        a.GetProperty("timeline").EnumerateArray().Last().GetProperty("kind").GetString().ShouldBe("reporter-reply");
        a.GetProperty("timeline").EnumerateArray().Last().GetProperty("note").GetString().ShouldBe("They are still here, 20 armed men");
    }

    [Theory]
    [InlineData(null, "gateway-secret-required")]
    [InlineData("not-the-secret", "gateway-secret-invalid")]
    public async Task Sms_WithoutTheGatewaySecret_Returns401AndCreatesNothing(string? secret, string code)
    {
        var response = await Post(Sms("+23672444444", "fake alert"), secret);

        response.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        (await Platform.AuthTests.Code(response)).ShouldBe(code);
        var joc = await app.ClientFor(AlertsApp.Joc);
        (await joc.GetStringAsync("/api/v1/alerts/export", Ct)).ShouldNotContain("fake alert");
    }

    [Fact]
    public async Task Sms_MissingText_Returns400()
    {
        var response = await Post(new Dictionary<string, string> { ["from"] = "+23672555555" }, app.GatewaySecret);

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await Platform.AuthTests.Code(response)).ShouldBe("validation");
    }

    [Fact]
    public async Task Sms_ParallelRepliesFromOneNumber_AreAllStoredOnTheOpenAlert()
    {
        var first = await Post(Sms("+23672666666", "Armed men at the market of the village", "msg-parallel-0"), app.GatewaySecret);
        first.StatusCode.ShouldBe(HttpStatusCode.Created);
        var id = (await first.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("alertId").GetGuid();

        var replies = await Task.WhenAll(Enumerable.Range(1, 4).Select(i => Post(Sms("+23672666666", $"Parallel reply {i}", $"msg-parallel-{i}"), app.GatewaySecret)));

        foreach (var reply in replies)
        {
            reply.StatusCode.ShouldBe(HttpStatusCode.OK, await reply.Content.ReadAsStringAsync(Ct));
            (await reply.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("alertId").GetGuid().ShouldBe(id);
        }

        var joc = await app.ClientFor(AlertsApp.Joc);
        var notes = (await joc.GetFromJsonAsync<JsonElement>($"/api/v1/alerts/{id}", Ct)).GetProperty("timeline").EnumerateArray()
            .Where(e => e.GetProperty("kind").GetString() == "reporter-reply").Select(e => e.GetProperty("note").GetString()).ToList();
        notes.Order(StringComparer.Ordinal).ShouldBe(["Parallel reply 1", "Parallel reply 2", "Parallel reply 3", "Parallel reply 4"]);
    }

    [Theory]
    [InlineData("+23672777771", "+23672777771", "Another text under the same id")]
    [InlineData("+23672777772", "+23672777773", "Men with guns near the school of Kaga-Bandoro")]
    public async Task Sms_SameIdOtherSenderOrText_Returns409AndKeepsTheFirst(string firstFrom, string from, string text)
    {
        var id = "msg-reuse-" + Guid.NewGuid().ToString("N");
        var first = await Post(Sms(firstFrom, "Men with guns near the school of Kaga-Bandoro", id), app.GatewaySecret);
        first.StatusCode.ShouldBe(HttpStatusCode.Created);
        var alertId = (await first.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("alertId").GetGuid();

        var reused = await Post(Sms(from, text, id), app.GatewaySecret);

        reused.StatusCode.ShouldBe(HttpStatusCode.Conflict, await reused.Content.ReadAsStringAsync(Ct));
        (await Platform.AuthTests.Code(reused)).ShouldBe("message-id-conflict");
        var joc = await app.ClientFor(AlertsApp.Joc);
        (await joc.GetFromJsonAsync<JsonElement>($"/api/v1/alerts/{alertId}", Ct)).GetProperty("description").GetString().ShouldBe("Men with guns near the school of Kaga-Bandoro");
    }

    [Fact]
    public async Task Sms_ParallelMessagesReusingOneId_OneIsStoredTheOthersGet409()
    {
        var id = "msg-race-" + Guid.NewGuid().ToString("N");

        var answers = await Task.WhenAll(Enumerable.Range(1, 4).Select(i => Post(Sms($"+2367288880{i}", $"Different message {i} from another phone", id), app.GatewaySecret)));

        var codes = answers.Select(a => a.StatusCode).ToList();
        codes.Count(c => c == HttpStatusCode.Created).ShouldBe(1, string.Join(", ", codes));
        codes.Count(c => c == HttpStatusCode.Conflict).ShouldBe(3, string.Join(", ", codes));
    }
}
