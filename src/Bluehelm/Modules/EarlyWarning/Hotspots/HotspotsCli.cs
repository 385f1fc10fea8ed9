using Bluehelm.Platform.Cli;

namespace Bluehelm.Modules.EarlyWarning.Hotspots;

/// <summary>The command-line commands of the module's hotspots.</summary>
internal static class HotspotsCli
{
    internal static void Add(CliCommands cli)
    {
    }
}
