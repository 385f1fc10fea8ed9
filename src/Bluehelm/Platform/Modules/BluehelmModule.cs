using System.Reflection;
using Bluehelm.Platform.Cli;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Bluehelm.Platform.Modules;

/// <summary>
/// The one public entry type of a module: everything the application needs from it. A host lists
/// its modules once (<c>BluehelmModules.All</c>) and asks each for its part; nothing outside the
/// module's folder has to change when a module is added. Every member but <see cref="Name"/> is
/// optional. The recipe is <c>docs/modules.md</c>.
/// </summary>
public abstract class BluehelmModule
{
    /// <summary>Lower-case name: the prefix of the module's tables (<c>alerts_</c>) and of its migrations.</summary>
    public abstract string Name { get; }

    /// <summary>The assembly holding the module's pages (routable components).</summary>
    public Assembly PagesAssembly => GetType().Assembly;

    /// <summary>Services used by every host (web, command line, tests).</summary>
    public virtual void AddServices(IServiceCollection services, IConfiguration configuration)
    {
    }

    /// <summary>Background jobs; the web host runs them, the command line does not.</summary>
    public virtual void AddJobs(IServiceCollection services)
    {
    }

    /// <summary>Named authorization policies of the module.</summary>
    public virtual void AddPolicies(AuthorizationOptions options)
    {
    }

    /// <summary>API endpoints, under <c>/api/v1</c>.</summary>
    public virtual void MapEndpoints(RouteGroupBuilder api)
    {
    }

    /// <summary>Endpoints outside <c>/api/v1</c> (a feed at <c>/feeds/...</c>), each with its own policy or deliberately anonymous.</summary>
    public virtual void MapRoutes(IEndpointRouteBuilder app)
    {
    }

    /// <summary>Entries of the main navigation; each is shown only to users its policy admits.</summary>
    public virtual IEnumerable<NavEntry> Navigation => [];

    /// <summary>Sources of the data the module ships or imports, for the "About the data" page.</summary>
    public virtual IEnumerable<DataCitation> Citations => [];

    /// <summary>Commands of the <c>bluehelm</c> command line.</summary>
    public virtual void AddCommands(CliCommands cli)
    {
    }

    /// <summary>Run on every start after migrations: reference data the module needs (idempotent).</summary>
    public virtual Task InitializeAsync(IServiceProvider services, CancellationToken ct) => Task.CompletedTask;

    /// <summary>Seeds the module's demo data (idempotent); returns lines for the console.</summary>
    public virtual Task<IReadOnlyList<string>> SeedDemoAsync(IServiceProvider services, CancellationToken ct) =>
        Task.FromResult<IReadOnlyList<string>>([]);

    /// <summary>Scopes a demo user of <paramref name="role"/> gets from this module (<c>mission:CODE</c>, <c>unit:ID</c>).</summary>
    public virtual Task<IReadOnlyList<string>> DemoScopesAsync(string role, IServiceProvider services, CancellationToken ct) =>
        Task.FromResult<IReadOnlyList<string>>([]);
}
