using Bluehelm.Platform.Cli;

namespace Bluehelm.Modules.Conduct.Deadlines;

/// <summary><c>bluehelm conduct deadlines</c>: the deadline job's body, run once.</summary>
internal static class DeadlinesCli
{
    public static void Add(CliCommands cli)
    {
        _ = cli;
    }
}
