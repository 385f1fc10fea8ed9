using Bluehelm.Platform.Cli;

namespace Bluehelm.Modules.EarlyWarning.Forecasts;

/// <summary>The command-line commands of the module's forecasts.</summary>
internal static class ForecastsCli
{
    internal static void Add(CliCommands cli)
    {
    }
}
