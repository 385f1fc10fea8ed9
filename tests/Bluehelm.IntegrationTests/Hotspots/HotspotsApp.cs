using Bluehelm.Cli;

namespace Bluehelm.IntegrationTests.Hotspots;

/// <summary>The real host on its own database, with <see cref="HotspotSeed"/>'s events and a JOC officer of another mission.</summary>
public sealed class HotspotsApp : BluehelmApp
{
    public const string Joc = "joc.minusca@demo.bluehelm.local";
    public const string Commander = "commander.minusca@demo.bluehelm.local";
    public const string OtherJoc = "joc.monusco@test.local";

    public override async ValueTask InitializeAsync()
    {
        await base.InitializeAsync();
        await HotspotSeed.SeedAsync(Services);
        (await Cli("", "import", "geo-pko", RepoPaths.ReferenceData, "--mission", "MONUSCO")).ShouldBe(0);
        (await Cli(DemoPassword + "\n", "user", "add", "--email", OtherJoc, "--role", "joc-officer", "--scope", "mission:MONUSCO", "--password-stdin")).ShouldBe(0);
    }

    private async Task<int> Cli(string stdin, params string[] args) =>
        await CliApp.RunAsync(args, new StringWriter(), new StringWriter(), new StringReader(stdin), Settings);
}
