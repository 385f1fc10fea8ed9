using System.Diagnostics;
using Bluehelm.Platform.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.Options;

namespace Bluehelm.Web;

/// <summary>Tells the person who started Bluehelm where it is and how to sign in, and opens a browser on a desktop.</summary>
internal static class StartupBanner
{
    public static void Print(WebApplication app, IEnumerable<string> notes, string? keyRingWarning = null)
    {
        var addresses = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()?.Addresses ?? [];
        var url = addresses.FirstOrDefault(a => a.StartsWith("http://", StringComparison.Ordinal)) ?? addresses.FirstOrDefault() ?? "";
        var options = app.Services.GetRequiredService<IOptions<BluehelmOptions>>().Value;

        // Passwords chosen by Bluehelm go to the console once, never to the log.
        var console = Console.Out;
        console.WriteLine();
        console.WriteLine("Bluehelm is running at " + url);
        console.WriteLine("Database: " + options.Database.Provider + (options.Database.Provider == DatabaseProviders.Sqlite ? " in " + options.ResolveDataDirectory() : ""));
        foreach (var note in notes)
        {
            console.WriteLine(note);
        }

        console.WriteLine("API reference: " + url.TrimEnd('/') + "/api/reference");
        if (keyRingWarning is not null)
        {
            console.WriteLine("Warning: " + keyRingWarning);
        }

        console.WriteLine();

        if (app.Environment.IsDevelopment() && app.Configuration.GetValue("Bluehelm:OpenBrowser", true) && HasDesktop() && url.Length > 0)
        {
            TryOpen(url.Replace("://[::]", "://localhost", StringComparison.Ordinal).Replace("://0.0.0.0", "://localhost", StringComparison.Ordinal));
        }
    }

    private static bool HasDesktop() =>
        OperatingSystem.IsWindows() || OperatingSystem.IsMacOS() ||
        !string.IsNullOrEmpty(Environment.GetEnvironmentVariable("DISPLAY")) || !string.IsNullOrEmpty(Environment.GetEnvironmentVariable("WAYLAND_DISPLAY"));

    private static void TryOpen(string url)
    {
        var opener = OperatingSystem.IsWindows() ? "explorer" : OperatingSystem.IsMacOS() ? "open" : "xdg-open";
        try
        {
            using var process = Process.Start(new ProcessStartInfo(opener, url) { UseShellExecute = false, RedirectStandardError = true, RedirectStandardOutput = true });
        }
        catch (System.ComponentModel.Win32Exception)
        {
            // No desktop opener installed: the printed address is enough.
        }
    }
}
