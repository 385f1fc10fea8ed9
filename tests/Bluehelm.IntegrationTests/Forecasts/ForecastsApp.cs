using Bluehelm.Cli;

namespace Bluehelm.IntegrationTests.Forecasts;

/// <summary>
/// One host for the forecast tests: the demo seed (MINUSCA and its sites) plus the UCDP GED extract for the
/// Central African Republic in the event store, and a JOC officer of another mission. The background job is
/// off here (as in every test host unless asked), so the first visits are the very first of their mission:
/// <see cref="ReadyAsync"/> makes them once, keeps what they answered, then waits until the forecast is there.
/// </summary>
public sealed class ForecastsApp : BluehelmApp
{
    private readonly SemaphoreSlim _gate = new(1, 1);
    private FirstVisits? _first;

    /// <summary>What the first visits answered: the MINUSCA page (as the JOC officer), the MONUSCO API (as its JOC officer).</summary>
    public sealed record FirstVisits(HttpStatusCode PageStatus, string PageHtml, HttpStatusCode ApiStatus, string? RetryAfter, JsonElement ApiBody, JsonElement Forecast);

    public const string Joc = "joc.minusca@demo.bluehelm.local";
    public const string Poc = "poc.minusca@demo.bluehelm.local";
    public const string OtherJoc = "joc.monusco@forecasts.test";

    public int GedRows { get; private set; }

    public override async ValueTask InitializeAsync()
    {
        await base.InitializeAsync();
        (await Cli("", ["import", "geo-pko", RepoPaths.ReferenceData, "--mission", "MONUSCO"])).Exit.ShouldBe(0);
        var user = await Cli(DemoPassword + "\n", ["user", "add", "--email", OtherJoc, "--role", "joc-officer", "--scope", "mission:MONUSCO", "--password-stdin"]);
        user.Exit.ShouldBe(0, user.Err);
        var ged = ForecastSeed.GedEvents();
        GedRows = ged.Count;
        await ForecastSeed.InsertAsync(Services, ged);
    }

    /// <summary>
    /// The first visits (once per fixture), then the MINUSCA forecast of the current data: the API is asked
    /// every two seconds until it answers 200 with <c>current</c> true (a wait, not a timing assert: the
    /// training and evaluation take seconds to a minute depending on the machine).
    /// </summary>
    public async Task<FirstVisits> ReadyAsync()
    {
        await _gate.WaitAsync(TestContext.Current.CancellationToken);
        try
        {
            if (_first is not null)
            {
                return _first;
            }

            var ct = TestContext.Current.CancellationToken;
            var page = await (await PageClientFor(Joc)).GetAsync("/forecasts?mission=MINUSCA", ct);
            var html = await page.Content.ReadAsStringAsync(ct);
            var other = await (await ClientFor(OtherJoc)).GetAsync("/api/v1/forecasts?mission=MONUSCO", ct);
            var body = await other.Content.ReadFromJsonAsync<JsonElement>(ct);
            var joc = await ClientFor(Joc);
            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(ct);
            timeout.CancelAfter(TimeSpan.FromMinutes(5));
            while (true)
            {
                var response = await joc.GetAsync("/api/v1/forecasts?mission=MINUSCA", timeout.Token);
                if (response.StatusCode == HttpStatusCode.OK)
                {
                    var json = await response.Content.ReadFromJsonAsync<JsonElement>(timeout.Token);
                    if (json.GetProperty("current").GetBoolean())
                    {
                        _first = new FirstVisits(page.StatusCode, html, other.StatusCode, other.Headers.RetryAfter?.Delta?.TotalSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture), body, json);
                        return _first;
                    }
                }

                await Task.Delay(TimeSpan.FromSeconds(2), timeout.Token);
            }
        }
        finally
        {
            _gate.Release();
        }
    }

    public async Task<(int Exit, string Out, string Err)> Cli(string stdin, string[] args)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var exit = await CliApp.RunAsync(args, stdout, stderr, new StringReader(stdin), Settings);
        return (exit, stdout.ToString(), stderr.ToString());
    }
}

[CollectionDefinition(Name)]
public sealed class ForecastsCollection : ICollectionFixture<ForecastsApp>
{
    public const string Name = "forecasts";
}
