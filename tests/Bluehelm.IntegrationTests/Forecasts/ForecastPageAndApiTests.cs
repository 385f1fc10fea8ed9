using System.Globalization;
using AngleSharp.Html.Parser;

namespace Bluehelm.IntegrationTests.Forecasts;

/// <summary>The forecasts API and page on the GED extract for MINUSCA, through the real host and database.</summary>
[Collection(ForecastsCollection.Name)]
public sealed class ForecastPageAndApiTests(ForecastsApp app)
{
    private static readonly HtmlParser Parser = new();

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task FirstVisit_NothingComputedYet_AnswersAtOnceThenShowsTheForecast()
    {
        var first = await app.ReadyAsync();

        // The page answers without the forecast, says so, refreshes itself, and has started the computation.
        first.PageStatus.ShouldBe(HttpStatusCode.OK);
        var page = Parser.ParseDocument(first.PageHtml);
        page.QuerySelector("#fc-pending").ShouldNotBeNull().TextContent
            .ShouldBe("The forecast for MINUSCA is being computed (about a minute). Reload this page in a minute.");
        page.QuerySelector("#fc-reload").ShouldNotBeNull().GetAttribute("href").ShouldBe("/forecasts?mission=MINUSCA");
        page.QuerySelector("meta[http-equiv=refresh]").ShouldBeNull();
        page.QuerySelector("#forecast-map").ShouldBeNull();
        page.QuerySelector("#evaluation").ShouldBeNull();

        // The API: 202 Accepted, Retry-After and a small body.
        first.ApiStatus.ShouldBe(HttpStatusCode.Accepted);
        first.RetryAfter.ShouldBe("30");
        first.ApiBody.GetProperty("mission").GetString().ShouldBe("MONUSCO");
        first.ApiBody.GetProperty("status").GetString().ShouldBe("computing");
        first.ApiBody.GetProperty("retryAfterSeconds").GetInt32().ShouldBe(30);

        // Once computed, the page shows the forecast without the notice.
        var html = await (await app.PageClientFor(ForecastsApp.Joc)).GetStringAsync("/forecasts?mission=MINUSCA", Ct);
        var done = Parser.ParseDocument(html);
        done.QuerySelector("#fc-pending").ShouldBeNull();
        done.QuerySelector("#fc-reload").ShouldBeNull();
        done.QuerySelector("#forecast-map svg.map").ShouldNotBeNull();
        done.QuerySelectorAll("#forecast-table tbody tr").Length.ShouldBe(20);
        done.QuerySelector("#evaluation-scores").ShouldNotBeNull();
        done.QuerySelector(".fc-when").ShouldNotBeNull().TextContent.ShouldStartWith("Computed");
    }

    [Fact]
    public async Task Get_Minusca_ReturnsEveryCellWithItsEvaluation()
    {
        await app.ReadyAsync();
        var joc = await app.ClientFor(ForecastsApp.Joc);
        var json = await joc.GetFromJsonAsync<JsonElement>("/api/v1/forecasts?mission=MINUSCA", Ct);

        json.GetProperty("status").GetString().ShouldBe("ok");
        json.GetProperty("current").GetBoolean().ShouldBeTrue();
        json.GetProperty("forecastMonth").GetString().ShouldBe("2023-01");
        json.GetProperty("dataThrough").GetString().ShouldBe("2022-12-30");
        json.GetProperty("events").GetInt32().ShouldBeGreaterThanOrEqualTo(app.GedRows);
        var cells = json.GetProperty("cells").EnumerateArray().ToList();
        cells.Count.ShouldBe(json.GetProperty("areaCells").GetInt32());
        cells.Count.ShouldBeInRange(200, 260);
        cells.ShouldAllBe(c => c.GetProperty("probability").GetDouble() >= 0 && c.GetProperty("probability").GetDouble() <= 1);
        cells.Select(c => c.GetProperty("probability").GetDouble()).ShouldBeInOrder(SortDirection.Descending);
        // Bangui (4.37 N, 18.56 E) holds a MINUSCA site: its cell's nearest site is within the cell.
        var bangui = cells.Single(c => c.GetProperty("gid").GetInt32() == Bluehelm.Platform.Geo.PrioGrid.CellOf(4.37, 18.56));
        bangui.GetProperty("nearestSiteKm").GetDouble().ShouldBeLessThan(40);

        var e = json.GetProperty("evaluation");
        e.GetProperty("from").GetString().ShouldBe("2019-01");
        e.GetProperty("to").GetString().ShouldBe("2022-12");
        e.GetProperty("predictions").GetInt32().ShouldBe(cells.Count * 48);
        e.GetProperty("verdict").GetString().ShouldBeOneOf("beats-both", "does-not-beat-both");
        e.GetProperty("byYear").EnumerateArray().Select(y => y.GetProperty("year").GetInt32()).ShouldBe([2019, 2020, 2021, 2022]);
        e.GetProperty("calibration").GetProperty("model").EnumerateArray().Sum(b => b.GetProperty("count").GetInt32()).ShouldBe(cells.Count * 48);
        foreach (var predictor in new[] { "model", "lastMonth", "longRunRate" })
        {
            e.GetProperty(predictor).GetProperty("auc").GetDouble().ShouldBeInRange(0.4, 1.0);
            e.GetProperty(predictor).GetProperty("brier").GetDouble().ShouldBeInRange(0.0, 0.1);
        }
    }

    [Fact]
    public async Task Get_SecondVisitSameData_ServesTheSameRun()
    {
        await app.ReadyAsync();
        var poc = await app.ClientFor(ForecastsApp.Poc);
        var first = await poc.GetFromJsonAsync<JsonElement>("/api/v1/forecasts?mission=minusca", Ct);
        var second = await poc.GetFromJsonAsync<JsonElement>("/api/v1/forecasts?mission=MINUSCA", Ct);
        second.GetProperty("computedAt").GetString().ShouldBe(first.GetProperty("computedAt").GetString());
    }

    [Fact]
    public async Task Get_NoMission_Returns400WithCode()
    {
        var joc = await app.ClientFor(ForecastsApp.Joc);
        var response = await joc.GetAsync("/api/v1/forecasts", Ct);
        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>(Ct);
        problem.GetProperty("code").GetString().ShouldBe("validation");
        problem.GetProperty("errors").GetProperty("mission")[0].GetString().ShouldNotBeNullOrWhiteSpace();
    }

    [Fact]
    public async Task Get_UnknownMission_Returns404()
    {
        var joc = await app.ClientFor(ForecastsApp.Joc);
        (await joc.GetAsync("/api/v1/forecasts?mission=NOPE", Ct)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Get_OtherMissionsOfficer_Returns403()
    {
        var other = await app.ClientFor(ForecastsApp.OtherJoc);
        var response = await other.GetAsync("/api/v1/forecasts?mission=MINUSCA", Ct);
        response.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await response.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("code").GetString().ShouldBe("forbidden");
    }

    [Fact]
    public async Task Page_Minusca_ShowsMapTableAndEvaluationWithVerdict()
    {
        await app.ReadyAsync();
        var client = await app.PageClientFor(ForecastsApp.Joc);
        var api = await (await app.ClientFor(ForecastsApp.Joc)).GetFromJsonAsync<JsonElement>("/api/v1/forecasts?mission=MINUSCA", Ct);
        var page = Parser.ParseDocument(await client.GetStringAsync("/forecasts?mission=MINUSCA", Ct));

        var map = page.QuerySelector("#forecast-map svg.map").ShouldNotBeNull();
        map.QuerySelectorAll("rect.fc-cell").Length.ShouldBe(api.GetProperty("areaCells").GetInt32());
        page.QuerySelectorAll("#forecast-map .map-legend li").Length.ShouldBeGreaterThanOrEqualTo(5);

        var rows = page.QuerySelectorAll("#forecast-table tbody tr");
        rows.Length.ShouldBe(20);
        var top = api.GetProperty("cells")[0].GetProperty("gid").GetInt32().ToString(CultureInfo.InvariantCulture);
        rows[0].QuerySelector("td")!.TextContent.ShouldBe(top);
        rows[0].QuerySelector("a")!.GetAttribute("href").ShouldBe($"/warnings/new?mission=MINUSCA&gid={top}");

        var scores = page.QuerySelectorAll("#evaluation-scores tbody tr");
        scores.Length.ShouldBe(3);
        var auc = api.GetProperty("evaluation").GetProperty("model").GetProperty("auc").GetDouble();
        scores[0].QuerySelectorAll("td")[0].TextContent.ShouldBe(auc.ToString("0.000", CultureInfo.InvariantCulture));
        page.QuerySelectorAll("#evaluation-years tbody tr").Length.ShouldBe(4);
        page.QuerySelectorAll("#evaluation-calibration tbody tr").Length.ShouldBe(21);
        var verdict = page.QuerySelector("#verdict").ShouldNotBeNull().TextContent;
        verdict.ShouldContain(api.GetProperty("evaluation").GetProperty("verdict").GetString() == "beats-both" ? "beats both baselines" : "does NOT beat both baselines");
    }

    [Fact]
    public async Task Page_French_ShowsTheEvaluationInFrench()
    {
        await app.ReadyAsync();
        var client = await app.PageClientFor(ForecastsApp.Poc);
        client.DefaultRequestHeaders.AcceptLanguage.ParseAdd("fr");
        await client.GetAsync("/culture/fr?returnUrl=%2F", Ct);
        var html = await client.GetStringAsync("/forecasts?mission=MINUSCA", Ct);
        var page = Parser.ParseDocument(html);

        page.QuerySelector("h1")!.TextContent.ShouldBe("Risque de violence contre les civils le mois prochain");
        page.QuerySelector("#fc-eval-h")!.TextContent.ShouldStartWith("Que vaut-elle ?");
        page.QuerySelector("#forecast-h, #fc-forecast-h")!.TextContent.ShouldBe("Prévision pour janvier 2023");
        page.QuerySelector("#verdict")!.TextContent.ShouldContain("références");
    }

    [Fact]
    public async Task Page_OtherMission_Returns403AndShowsNoForecast()
    {
        var client = await app.PageClientFor(ForecastsApp.OtherJoc);
        var response = await client.GetAsync("/forecasts?mission=MINUSCA", Ct);
        response.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        var page = Parser.ParseDocument(await response.Content.ReadAsStringAsync(Ct));
        page.QuerySelector("#forecast-map").ShouldBeNull();
        page.QuerySelector("p.error")!.TextContent.ShouldBe("This mission is not in your scope.");
    }
}
