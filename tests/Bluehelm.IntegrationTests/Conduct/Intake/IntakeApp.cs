using System.Collections.Concurrent;
using Bluehelm.Cli;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Bluehelm.IntegrationTests.Conduct.Intake;

/// <summary>
/// One host for the intake tests: every log line captured (to prove narratives and contacts never
/// reach the logs), low limits on the public forms (reached from a client address of the test's own,
/// <see cref="ClientAt"/>; requests with no address are not limited), a second mission (MONUSCO)
/// with a victims' rights advocate of its own.
/// </summary>
public sealed class IntakeApp : BluehelmApp
{
    public const string ClientHeader = "X-Test-Client-Address";
    public const int ReportPermits = 3;
    public const int StatusPermits = 2;

    public const string Conduct = "conduct.minusca@demo.bluehelm.local";
    public const string Vra = "vra.minusca@demo.bluehelm.local";
    public const string MemberState = "delegation.sn@demo.bluehelm.local";
    public const string Joc = "joc.minusca@demo.bluehelm.local";
    public const string Poc = "poc.minusca@demo.bluehelm.local";
    public const string OtherVra = "vra.monusco@test.local";

    public ConcurrentQueue<string> Logs { get; } = new();

    public override async ValueTask InitializeAsync()
    {
        Settings["Bluehelm:PublicForms:ReportPermits"] = ReportPermits.ToString(System.Globalization.CultureInfo.InvariantCulture);
        Settings["Bluehelm:PublicForms:StatusPermits"] = StatusPermits.ToString(System.Globalization.CultureInfo.InvariantCulture);
        await base.InitializeAsync();
        (await Cli("", ["import", "geo-pko", RepoPaths.ReferenceData, "--mission", "MONUSCO"])).Exit.ShouldBe(0);
        var user = await Cli(DemoPassword + "\n", ["user", "add", "--email", OtherVra, "--role", "victims-rights-advocate", "--scope", "mission:MONUSCO", "--password-stdin"]);
        user.Exit.ShouldBe(0, user.Err);
    }

    public async Task<(int Exit, string Out, string Err)> Cli(string stdin, string[] args)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var exit = await CliApp.RunAsync(args, stdout, stderr, new StringReader(stdin), Settings);
        return (exit, stdout.ToString(), stderr.ToString());
    }

    /// <summary>An anonymous client whose requests come from <paramref name="address"/> (so the public forms' limits apply).</summary>
    public HttpClient ClientAt(string address)
    {
        var client = CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        client.DefaultRequestHeaders.Add(ClientHeader, address);
        return client;
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureServices(services => services.AddSingleton<IStartupFilter, ClientAddressFromHeader>());
        builder.ConfigureLogging(logging =>
        {
            logging.SetMinimumLevel(LogLevel.Trace);
            logging.AddProvider(new CaptureLogs(Logs));
        });
    }

    private sealed class ClientAddressFromHeader : IStartupFilter
    {
        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            app.Use((HttpContext context, RequestDelegate inner) =>
            {
                if (context.Request.Headers[ClientHeader] is [{ } address])
                {
                    context.Connection.RemoteIpAddress = IPAddress.Parse(address);
                }

                return inner(context);
            });
            next(app);
        };
    }
}

[CollectionDefinition(Name)]
public sealed class IntakeCollection : ICollectionFixture<IntakeApp>
{
    public const string Name = "conduct-intake";
}
