using Bluehelm.Platform.Data;
using Bluehelm.Platform.Hosting;
using Bluehelm.Web;
using Bluehelm.Web.Components;

var builder = WebApplication.CreateBuilder(args);

// Without --urls, ASPNETCORE_URLS or launch settings, Bluehelm listens where the README says.
if (string.IsNullOrEmpty(builder.Configuration["urls"]) && string.IsNullOrEmpty(builder.Configuration["ASPNETCORE_URLS"]))
{
    builder.WebHost.UseUrls("http://localhost:5080");
}

builder.AddBluehelm(Bluehelm.BluehelmModules.All);

var app = builder.Build();

var initializer = app.Services.GetRequiredService<DatabaseInitializer>();

// The build runs this program to write the OpenAPI document; it must not touch a database.
string? keyRingWarning = null;
if (!BuildTimeDocument.IsRunning)
{
    keyRingWarning = DataProtectionSetup.WarnIfUnprotected(app.Services);
    await initializer.InitializeAsync();
}

app.UseBluehelm<App>();

app.Lifetime.ApplicationStarted.Register(() => StartupBanner.Print(app, initializer.ConsoleNotes, keyRingWarning));
await app.RunAsync();

/// <summary>Entry point; public so integration tests can host the real application.</summary>
public partial class Program;
