using AngleSharp.Html.Parser;
using Bluehelm.Modules.EarlyWarning.Forecasts;
using Microsoft.Extensions.DependencyInjection;

namespace Bluehelm.IntegrationTests.Forecasts;

/// <summary>A host with the background computation on (first round at once, then only when asked): the cache fills without any request, and a change of data is shown as such while the new run is computed.</summary>
public sealed class ForecastJobApp : BluehelmApp
{
    protected override void Start()
    {
        Settings["Bluehelm:Forecasts:Background"] = "true";
        Settings["Bluehelm:Forecasts:StartDelay"] = "00:00:00";
        Settings["Bluehelm:Forecasts:CheckEvery"] = "01:00:00";
        base.Start();
    }

    internal ForecastCache Cache => Services.GetRequiredService<ForecastCache>();

    /// <summary>Waits (up to five minutes, not a timing assert) until the job's first round has stored MINUSCA's run.</summary>
    internal async Task<ForecastCache.Entry> FirstRoundAsync()
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken);
        timeout.CancelAfter(TimeSpan.FromMinutes(5));
        while (Cache.Latest("MINUSCA") is null)
        {
            await Task.Delay(TimeSpan.FromMilliseconds(500), timeout.Token);
        }

        return Cache.Latest("MINUSCA")!;
    }
}

public sealed class ForecastJobTests(ForecastJobApp app) : IClassFixture<ForecastJobApp>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Start_NoRequest_JobComputesEveryCurrentMission()
    {
        // No page or API request is made in this test: only the job can have put the run there.
        var entry = await app.FirstRoundAsync();
        entry.Run.Mission.ShouldBe("MINUSCA");
        entry.Run.CountryIso2.ShouldBe("CF");
        app.Cache.Computations("MINUSCA").ShouldBeGreaterThanOrEqualTo(1);
    }

    [Fact]
    public async Task RefreshAll_DataChanged_PageShowsOldRunAsStaleThenOneNewRun()
    {
        var before = await app.FirstRoundAsync();
        var computations = app.Cache.Computations("MINUSCA");
        var added = await ForecastSeed.InsertAsync(app.Services,
        [
            ForecastSeed.Event(new DateOnly(2021, 3, 4), 6.1, 20.6, againstCivilians: true),
            ForecastSeed.Event(new DateOnly(2021, 5, 9), 5.7, 22.1, againstCivilians: false),
        ]);

        // The job checks again only in an hour and nobody asked: the page shows the old run, labelled, and asks for a new one.
        var html = await (await app.PageClientFor("joc.minusca@demo.bluehelm.local")).GetStringAsync("/forecasts?mission=MINUSCA", Ct);
        var page = new HtmlParser().ParseDocument(html);
        page.QuerySelector("#fc-pending").ShouldNotBeNull().TextContent.ShouldStartWith("The data have changed since this forecast was computed");
        page.QuerySelector(".fc-when").ShouldNotBeNull().TextContent.ShouldStartWith("Computed");
        page.QuerySelector("#fc-reload").ShouldNotBeNull().GetAttribute("href").ShouldBe("/forecasts?mission=MINUSCA");

        // The job's round joins the computation the page started instead of starting a second one.
        await app.Services.GetRequiredService<ForecastJob>().RefreshAllAsync(Ct);
        app.Cache.Computations("MINUSCA").ShouldBe(computations + 1);
        var after = app.Cache.Latest("MINUSCA").ShouldNotBeNull();
        after.Version.Count.ShouldBe(before.Version.Count + added);

        var api = await (await app.ClientFor("joc.minusca@demo.bluehelm.local")).GetFromJsonAsync<JsonElement>("/api/v1/forecasts?mission=MINUSCA", Ct);
        api.GetProperty("current").GetBoolean().ShouldBeTrue();
        api.GetProperty("events").GetInt32().ShouldBe(after.Version.Count);
        app.Cache.Computations("MINUSCA").ShouldBe(computations + 1);
    }
}
