using Bluehelm.IntegrationTests.Alerts;
using Bluehelm.Modules.Alerts.Contracts;
using Bluehelm.Modules.Incidents;

namespace Bluehelm.IntegrationTests.Incidents;

/// <summary>
/// The event list API through the real host: each filter narrows to exactly the rows it should, keyset
/// paging walks a filtered set once in order (equal dates included), bad filters are 400 problems in
/// the caller's language. Each test has a country code of its own so they can share the host.
/// </summary>
[Collection(AlertsCollection.Name)]
public sealed class EventQueryTests(AlertsApp app)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static readonly DateOnly Day0 = new(2020, 1, 1);

    private static async Task<List<Guid>> Ids(HttpClient client, string query)
    {
        var page = await client.GetFromJsonAsync<JsonElement>("/api/v1/events?limit=500&" + query, Ct);
        return [.. page.GetProperty("items").EnumerateArray().Select(e => e.GetProperty("id").GetGuid())];
    }

    [Fact]
    public async Task List_EachFilter_NarrowsToExactlyItsRows()
    {
        const string c = "QF";
        var plain = EventSeed.Event(c, Day0.AddDays(10));
        var early = EventSeed.Event(c, Day0.AddDays(-400));
        var late = EventSeed.Event(c, Day0.AddDays(900));
        var sexual = EventSeed.Event(c, Day0.AddDays(11), ThreatType.SexualViolence);
        var shelling = EventSeed.Event(c, Day0.AddDays(12), ThreatType.ShellingOrExplosive);
        var acled = EventSeed.Event(c, Day0.AddDays(13), source: EventSource.Acled);
        var otherRegion = EventSeed.Event(c, Day0.AddDays(14), admin1: "Haute-Kotto");
        var deadly = EventSeed.Event(c, Day0.AddDays(15), fatalities: 40);
        var civilians = EventSeed.Event(c, Day0.AddDays(16), againstCivilians: true);
        var elsewhere = EventSeed.Event("QG", Day0.AddDays(10));
        await EventSeed.WriteAsync(app.Services, [plain, early, late, sexual, shelling, acled, otherRegion, deadly, civilians, elsewhere]);
        var all = new[] { plain, early, late, sexual, shelling, acled, otherRegion, deadly, civilians };
        var client = await app.ClientFor(AlertsApp.Joc);

        (await Ids(client, $"country={c}")).ShouldBe(all.OrderByDescending(e => e.DateStart).Select(e => e.Id), ignoreOrder: false);
        (await Ids(client, $"country={c.ToLowerInvariant()}&from=2020-01-01&to=2020-12-31")).ShouldBe(all.Except([early, late]).Select(e => e.Id), ignoreOrder: true);
        (await Ids(client, $"country={c}&from=2022-01-01")).ShouldBe([late.Id]);
        (await Ids(client, $"country={c}&to=2019-12-31")).ShouldBe([early.Id]);
        (await Ids(client, $"country={c}&threat=sexual-violence")).ShouldBe([sexual.Id]);
        (await Ids(client, $"country={c}&threat=sexual-violence&threat=shelling-or-explosive")).ShouldBe([shelling.Id, sexual.Id]);
        (await Ids(client, $"country={c}&source=acled")).ShouldBe([acled.Id]);
        (await Ids(client, $"country={c}&admin1=Haute")).ShouldBe([otherRegion.Id]);
        (await Ids(client, $"country={c}&minFatalities=40")).ShouldBe([deadly.Id]);
        (await Ids(client, $"country={c}&civilians=true")).ShouldBe([civilians.Id]);
        (await Ids(client, "country=QG")).ShouldBe([elsewhere.Id]);
    }

    /// <summary>330 events are paged from their keys in memory; 2,150 (more than <see cref="EventQueries.SparseKeys"/>) by the ordered query.</summary>
    [Theory]
    [InlineData("QK", 330, 37, 9)]
    [InlineData("QL", 2_150, 300, 8)]
    public async Task List_KeysetPagingOverEqualDates_WalksEverySortedRowOnce(string c, int count, int limit, int expectedPages)
    {
        var rnd = new Random(7);
        // Many events share a date, so the id decides their order.
        var events = Enumerable.Range(0, count).Select(_ => EventSeed.Event(c, Day0.AddDays(rnd.Next(40)), fatalities: rnd.Next(5), id: Guid.NewGuid())).ToList();
        var noise = Enumerable.Range(0, 30).Select(i => EventSeed.Event(c, Day0.AddDays(i), fatalities: 0, source: EventSource.Hxl)).ToList();
        await EventSeed.WriteAsync(app.Services, events.Concat(noise));
        var client = await app.ClientFor(AlertsApp.Poc);

        var seen = new List<Guid>();
        string? cursor = null;
        var pages = 0;
        do
        {
            var page = await client.GetFromJsonAsync<JsonElement>($"/api/v1/events?country={c}&source=ucdp-ged&limit={limit}" + (cursor is null ? "" : "&cursor=" + cursor), Ct);
            page.GetProperty("items").GetArrayLength().ShouldBeLessThanOrEqualTo(limit);
            seen.AddRange(page.GetProperty("items").EnumerateArray().Select(e => e.GetProperty("id").GetGuid()));
            page.GetProperty("matching").GetInt32().ShouldBe(count);
            cursor = page.GetProperty("next").ValueKind == JsonValueKind.Null ? null : page.GetProperty("next").GetString();
            pages++;
        }
        while (cursor is not null);

        pages.ShouldBe(expectedPages);
        seen.ShouldBe(events.OrderByDescending(e => e.DateStart).ThenByDescending(e => e.Id).Select(e => e.Id).ToList(), ignoreOrder: false);
    }

    [Fact]
    public async Task List_BadFilters_Are400ProblemsWithCodesInTheCallersLanguage()
    {
        var client = await app.ClientFor(AlertsApp.Joc);
        client.DefaultRequestHeaders.AcceptLanguage.ParseAdd("fr");

        async Task<JsonElement> Bad(string query)
        {
            var r = await client.GetAsync("/api/v1/events?" + query, Ct);
            r.StatusCode.ShouldBe(HttpStatusCode.BadRequest, query);
            return await r.Content.ReadFromJsonAsync<JsonElement>(Ct);
        }

        var reversed = await Bad("from=2021-01-01&to=2020-01-01");
        reversed.GetProperty("errors").GetProperty("to")[0].GetString().ShouldBe("before-from");
        reversed.GetProperty("detail").GetString().ShouldBe("La fin de la période précède son début.");
        (await Bad("threat=earthquake")).GetProperty("errors").GetProperty("threat")[0].GetString().ShouldBe("unknown-threat");
        (await Bad("cursor=not-a-cursor")).GetProperty("errors").GetProperty("cursor")[0].GetString().ShouldBe("bad-cursor");
        (await Bad("cursor=" + Convert.ToBase64String("x_y"u8.ToArray()))).GetProperty("code").GetString().ShouldBe("validation");
        (await Bad("source=twitter")).GetProperty("errors").GetProperty("source")[0].GetString().ShouldBe("unknown-source");
        (await Bad("limit=501")).GetProperty("errors").GetProperty("limit")[0].GetString().ShouldBe("bad-limit");
        (await Bad("from=21/03/2020")).GetProperty("errors").GetProperty("from")[0].GetString().ShouldBe("bad-date");
        (await Bad("minFatalities=lots")).GetProperty("errors").GetProperty("minFatalities")[0].GetString().ShouldBe("bad-number");
        (await Bad("country=CAF")).GetProperty("errors").GetProperty("country")[0].GetString().ShouldBe("bad-country");

        var page = await client.GetAsync("/events?from=2021-01-01&to=2020-01-01", Ct);
        page.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await page.Content.ReadAsStringAsync(Ct)).ShouldContain("La fin de la période précède son début.");
    }

    [Fact]
    public async Task GeoJson_FilteredPage_IsAFeatureCollectionOfTheSameRows()
    {
        const string c = "QJ";
        var a = EventSeed.Event(c, Day0, fatalities: 3, latitude: 6.1, longitude: 21.2);
        var b = EventSeed.Event(c, Day0.AddDays(1), fatalities: 9, latitude: 6.2, longitude: 21.3, threat: ThreatType.Abduction);
        await EventSeed.WriteAsync(app.Services, [a, b]);
        var client = await app.ClientFor(AlertsApp.Joc);

        var r = await client.GetAsync($"/api/v1/events.geojson?country={c}&limit=1", Ct);
        r.StatusCode.ShouldBe(HttpStatusCode.OK);
        r.Content.Headers.ContentType!.MediaType.ShouldBe("application/geo+json");
        var json = await r.Content.ReadFromJsonAsync<JsonElement>(Ct);
        json.GetProperty("type").GetString().ShouldBe("FeatureCollection");
        var feature = json.GetProperty("features").EnumerateArray().Single();
        feature.GetProperty("id").GetGuid().ShouldBe(b.Id);
        feature.GetProperty("geometry").GetProperty("coordinates").EnumerateArray().Select(x => x.GetDouble()).ShouldBe([21.3, 6.2]);
        feature.GetProperty("properties").GetProperty("threat").GetString().ShouldBe("abduction");
        feature.GetProperty("properties").GetProperty("fatalities").GetInt32().ShouldBe(9);
        var next = json.GetProperty("next").GetString();
        var second = await client.GetFromJsonAsync<JsonElement>($"/api/v1/events.geojson?country={c}&limit=1&cursor={next}", Ct);
        second.GetProperty("features")[0].GetProperty("id").GetGuid().ShouldBe(a.Id);
        second.GetProperty("next").ValueKind.ShouldBe(JsonValueKind.Null);
        (await client.GetAsync("/api/v1/events.geojson?threat=nope", Ct)).StatusCode.ShouldBe(HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task Detail_ImportedEvent_ShowsEveryFieldAndItsProvenance()
    {
        var import = new EventImport
        {
            Source = EventSource.UcdpGed, Format = "ged-csv", Dataset = "UCDP GED", DatasetVersion = "23.1", FileName = "GEDEvent_v23_1.csv",
            Sha256 = new string('a', 64), Bytes = 1000, Rows = 1, Added = 1, ImportedAt = new DateTimeOffset(2026, 11, 20, 9, 30, 0, TimeSpan.Zero), ImportedBy = "poc.minusca@demo.bluehelm.local",
        };
        var e = EventSeed.Event("QD", Day0, fatalities: 12, sourceId: "GED-424242", importId: import.Id, rowNumber: 17);
        await EventSeed.WriteAsync(app.Services, [e], import);
        var client = await app.ClientFor(AlertsApp.Joc);

        var json = await client.GetFromJsonAsync<JsonElement>($"/api/v1/events/{e.Id}", Ct);
        json.GetProperty("sourceId").GetString().ShouldBe("GED-424242");
        json.GetProperty("rowNumber").GetInt32().ShouldBe(17);
        json.GetProperty("import").GetProperty("sha256").GetString().ShouldBe(new string('a', 64));
        json.GetProperty("fatalitiesHigh").GetInt32().ShouldBe(14);
        (await client.GetAsync($"/api/v1/events/{Guid.NewGuid()}", Ct)).StatusCode.ShouldBe(HttpStatusCode.NotFound);

        var web = await app.PageClientFor(AlertsApp.Joc);
        var html = await web.GetStringAsync($"/events/{e.Id}", Ct);
        html.ShouldContain("GEDEvent_v23_1.csv");
        html.ShouldContain(new string('a', 64));
        html.ShouldContain("GED-424242");
        html.ShouldContain("poc.minusca@demo.bluehelm.local");
        var list = await web.GetStringAsync("/events?country=QD", Ct);
        list.ShouldContain($"/events/{e.Id}");
        list.ShouldContain("Bambari, Ouaka");
    }
}
