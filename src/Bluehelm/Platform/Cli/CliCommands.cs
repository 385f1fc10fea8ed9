using System.CommandLine;
using System.Globalization;
using Bluehelm.Platform.Audit;
using Bluehelm.Platform.Csv;
using Bluehelm.Platform.Identity;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Bluehelm.Platform.Cli;

/// <summary>
/// What a module gets to add its commands to the <c>bluehelm</c> command line: the root command,
/// shared groups (<c>import</c>), the console, and <see cref="Run"/>, which runs a command's body in
/// a fresh scope of a host configured like the web host and turns every expected failure into one
/// line on standard error and exit code 1.
/// </summary>
public sealed class CliCommands
{
    private readonly RootCommand _root;
    private readonly Func<IHost> _buildHost;

    internal CliCommands(RootCommand root, TextWriter stdout, TextWriter stderr, TextReader stdin, Func<IHost> buildHost)
    {
        _root = root;
        Out = stdout;
        Error = stderr;
        In = stdin;
        _buildHost = buildHost;
    }

    public TextWriter Out { get; }

    public TextWriter Error { get; }

    public TextReader In { get; }

    /// <summary>Adds a top-level command (<c>bluehelm alerts ...</c>).</summary>
    public void Add(Command command) => _root.Subcommands.Add(command);

    /// <summary>The top-level group of that name, created on first use, so modules can share one (<c>bluehelm import ...</c>).</summary>
    public Command Group(string name, string description)
    {
        if (_root.Subcommands.FirstOrDefault(c => c.Name == name) is { } existing)
        {
            return existing;
        }

        var group = new Command(name, description);
        _root.Subcommands.Add(group);
        return group;
    }

    /// <summary>Runs <paramref name="body"/> in a scope acting as the local administrator; returns the exit code.</summary>
    public async Task<int> Run(Func<IServiceProvider, CancellationToken, Task> body, CancellationToken ct)
    {
        try
        {
            using var host = _buildHost();
            await using var scope = host.Services.CreateAsyncScope();
            var audit = scope.ServiceProvider.GetRequiredService<AuditContext>();
            audit.Actor = "cli:" + Environment.UserName;
            audit.Origin = "cli";
            await body(scope.ServiceProvider, ct);
            return BluehelmCli.Ok;
        }
        catch (CliException ex)
        {
            Error.WriteLine("bluehelm: " + ex.Message);
            return BluehelmCli.Failed;
        }
        catch (ImportFileException ex)
        {
            Error.WriteLine($"bluehelm: {ex.FileName}, line {ex.Line.ToString(CultureInfo.InvariantCulture)}: {ex.Problem}. Nothing was imported.");
            return BluehelmCli.Failed;
        }
        catch (UserAdminException ex)
        {
            Error.WriteLine("bluehelm: " + ex.Message);
            return BluehelmCli.Failed;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or InvalidOperationException or System.Data.Common.DbException)
        {
            Error.WriteLine("bluehelm: " + ex.Message.ReplaceLineEndings(" "));
            return BluehelmCli.Failed;
        }
    }

    /// <summary>Writes each line to standard output.</summary>
    public void Print(IEnumerable<string> lines)
    {
        foreach (var line in lines)
        {
            Out.WriteLine(line);
        }
    }
}
