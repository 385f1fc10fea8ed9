namespace Bluehelm.Platform.Cli;

/// <summary>A command that cannot be carried out: printed as one line on standard error, exit code 1.</summary>
public sealed class CliException(string message) : Exception(message);
