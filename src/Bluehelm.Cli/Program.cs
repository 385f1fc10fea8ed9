namespace Bluehelm.Cli;

/// <summary>Process entry point of the command line; the work is in <see cref="CliApp"/>.</summary>
internal static class EntryPoint
{
    private static Task<int> Main(string[] args) => CliApp.RunAsync(args, Console.Out, Console.Error, Console.In);
}
