using Bluehelm.Platform.Cli;

namespace Bluehelm.Modules.Conduct.PublicTable;

/// <summary><c>bluehelm import conduct-table &lt;file.xlsx&gt;</c>.</summary>
internal static class PublicTableCli
{
    public static void Add(CliCommands cli)
    {
        _ = cli;
    }
}
