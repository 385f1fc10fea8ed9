using System.Collections.Concurrent;
using Bluehelm.Cli;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Time.Testing;

namespace Bluehelm.IntegrationTests.Alerts;

/// <summary>
/// One host for the alerts tests: a fake clock (escalation is tested by moving it), every log line
/// captured (to prove reporters never reach the logs), a second mission (MONUSCO) with its own JOC
/// officer, and an SMS gateway for MINUSCA.
/// </summary>
public sealed class AlertsApp : BluehelmApp
{
    public FakeTimeProvider Clock { get; } = new(new DateTimeOffset(2026, 11, 26, 8, 0, 0, TimeSpan.Zero));

    public ConcurrentQueue<string> Logs { get; } = new();

    /// <summary>Sees every synchronous database command of this host (while switched on).</summary>
    public SyncCommandRecorder SyncCommands { get; } = new();

    public string GatewaySecret { get; private set; } = "";

    public const string Joc = "joc.minusca@demo.bluehelm.local";
    public const string Poc = "poc.minusca@demo.bluehelm.local";
    public const string Commander = "commander.minusca@demo.bluehelm.local";
    public const string OtherJoc = "joc.monusco@test.local";

    public override async ValueTask InitializeAsync()
    {
        await base.InitializeAsync();
        (await Cli("import", "geo-pko", RepoPaths.ReferenceData, "--mission", "MONUSCO")).Exit.ShouldBe(0);
        var user = await Cli(DemoPassword + "\n", ["user", "add", "--email", OtherJoc, "--role", "joc-officer", "--scope", "mission:MONUSCO", "--password-stdin"]);
        user.Exit.ShouldBe(0, user.Err);
        var gateway = await Cli("gateway", "add", "--mission", "MINUSCA", "--name", "rapidpro-test");
        gateway.Exit.ShouldBe(0, gateway.Err);
        GatewaySecret = gateway.Out.Split('\n').Single(l => l.StartsWith("Secret", StringComparison.Ordinal)).Split(": ", 2)[1].Trim();
    }

    public Task<(int Exit, string Out, string Err)> Cli(params string[] args) => Cli("", args);

    public async Task<(int Exit, string Out, string Err)> Cli(string stdin, string[] args)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var exit = await CliApp.RunAsync(args, stdout, stderr, new StringReader(stdin), Settings);
        return (exit, stdout.ToString(), stderr.ToString());
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureServices(services =>
        {
            services.RemoveAll<TimeProvider>();
            services.AddSingleton<TimeProvider>(Clock);
            services.AddSingleton<Microsoft.EntityFrameworkCore.Diagnostics.IInterceptor>(SyncCommands);
        });
        builder.ConfigureLogging(logging =>
        {
            logging.SetMinimumLevel(LogLevel.Trace);
            logging.AddProvider(new CaptureLogs(Logs));
        });
    }

    /// <summary>A minimal valid alert body for MINUSCA, near Bambari.</summary>
    public static Dictionary<string, object?> Body(string description, string severity = "high", string threat = "attack-on-civilians", double lat = 5.75, double lon = 20.6) => new()
    {
        ["mission"] = "MINUSCA",
        ["latitude"] = lat,
        ["longitude"] = lon,
        ["threatType"] = threat,
        ["severity"] = severity,
        ["peopleAtRisk"] = 30,
        ["women"] = 10,
        ["children"] = 12,
        ["description"] = description,
    };

    public async Task<Guid> Raise(HttpClient client, Dictionary<string, object?> body)
    {
        var response = await client.PostAsJsonAsync("/api/v1/alerts", body);
        response.StatusCode.ShouldBe(HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
    }
}

[CollectionDefinition(Name)]
public sealed class AlertsCollection : ICollectionFixture<AlertsApp>
{
    public const string Name = "alerts";
}
