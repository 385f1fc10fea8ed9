using Bluehelm.Platform.Cli;

namespace Bluehelm.Modules.EarlyWarning.Warnings;

/// <summary>The command-line commands of the module's warnings.</summary>
internal static class WarningsCli
{
    internal static void Add(CliCommands cli)
    {
    }
}
