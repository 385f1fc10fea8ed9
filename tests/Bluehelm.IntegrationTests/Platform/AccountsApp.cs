using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace Bluehelm.IntegrationTests.Platform;

/// <summary>
/// A host of its own for sign-in tests: each request may say which client address it comes from
/// (<see cref="ClientHeader"/>), so one test can play the owner and a stranger, and the per-client
/// sign-in limit is low (<see cref="ClientPermits"/> attempts per window) so a test can reach it.
/// </summary>
public sealed class AccountsApp : BluehelmApp
{
    public const string ClientHeader = "X-Test-Client-Address";
    public const int ClientPermits = 12;

    public override ValueTask InitializeAsync()
    {
        Settings["Bluehelm:SignIn:ClientPermits"] = ClientPermits.ToString(System.Globalization.CultureInfo.InvariantCulture);
        return base.InitializeAsync();
    }

    /// <summary>A client whose requests come from <paramref name="address"/>.</summary>
    public HttpClient ClientAt(string address, bool allowRedirects = true)
    {
        var client = CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = allowRedirects });
        client.DefaultRequestHeaders.Add(ClientHeader, address);
        return client;
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureServices(services => services.AddSingleton<IStartupFilter, ClientAddressFromHeader>());
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
