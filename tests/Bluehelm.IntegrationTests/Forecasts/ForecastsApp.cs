using Bluehelm.Cli;

namespace Bluehelm.IntegrationTests.Forecasts;

/// <summary>
/// One host for the forecast tests: the demo seed (MINUSCA and its sites) plus the UCDP GED extract for the
/// Central African Republic in the event store, and a JOC officer of another mission.
/// </summary>
public sealed class ForecastsApp : BluehelmApp
{
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
