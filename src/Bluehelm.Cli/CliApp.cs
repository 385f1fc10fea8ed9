using Bluehelm.Platform.Cli;

namespace Bluehelm.Cli;

/// <summary>
/// The <c>bluehelm</c> command line: the platform's commands and those of every module in
/// <see cref="BluehelmModules.All"/>. Every failure is one line on standard error and a non-zero exit code.
/// </summary>
public static class CliApp
{
    public const int Ok = BluehelmCli.Ok;
    public const int Failed = BluehelmCli.Failed;
    public const int Usage = BluehelmCli.Usage;

    public static Task<int> RunAsync(string[] args, TextWriter stdout, TextWriter stderr, TextReader stdin, IDictionary<string, string?>? settings = null, string? contentRoot = null) =>
        BluehelmCli.RunAsync(BluehelmModules.All, args, stdout, stderr, stdin, settings, contentRoot);
}
