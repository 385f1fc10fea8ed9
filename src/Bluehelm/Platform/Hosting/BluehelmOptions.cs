namespace Bluehelm.Platform.Hosting;

/// <summary>Settings under the <c>Bluehelm</c> configuration section.</summary>
public sealed class BluehelmOptions
{
    public const string Section = "Bluehelm";

    /// <summary>Folder for the embedded database and other local files. Defaults to a per-user folder.</summary>
    public string? DataDirectory { get; set; }

    /// <summary>Database settings.</summary>
    public DatabaseOptions Database { get; set; } = new();

    /// <summary>
    /// Seed the demo mission (MINUSCA) and one demo user per role (known accounts: never wanted in
    /// production). Off unless set; the web host turns it on in Development when it is not set.
    /// </summary>
    public bool SeedDemo { get; set; }

    /// <summary>Maps: an optional tile server for the zoomable map (none by default).</summary>
    public Bluehelm.Platform.Maps.MapsOptions Maps { get; set; } = new();

    /// <summary>The folder actually used: the configured one, or <c>~/.local/share/bluehelm</c>.</summary>
    public string ResolveDataDirectory()
    {
        if (!string.IsNullOrWhiteSpace(DataDirectory))
        {
            return Path.GetFullPath(DataDirectory);
        }

        var root = Environment.GetFolderPath(Environment.SpecialFolder.LocalApplicationData, Environment.SpecialFolderOption.Create);
        if (string.IsNullOrEmpty(root))
        {
            root = Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".local", "share");
        }

        return Path.Combine(root, "bluehelm");
    }
}
