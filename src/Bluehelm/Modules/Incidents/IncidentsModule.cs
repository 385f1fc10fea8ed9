using Bluehelm.Modules.Incidents.Import;
using Bluehelm.Platform.Cli;
using Bluehelm.Platform.Modules;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Bluehelm.Modules.Incidents;

/// <summary>The Incidents module: the conflict event store, its imports (UCDP, ACLED, HXL) and incidents verified from alerts.</summary>
public sealed class IncidentsModule : BluehelmModule
{
    public override string Name => "incidents";

    public override IEnumerable<NavEntry> Navigation =>
    [
        new("/events", "nav.events", typeof(IncidentsText), Order: 40, Policy: IncidentsPolicies.Read),
        new("/events/map", "nav.events-map", typeof(IncidentsText), Order: 41, Policy: IncidentsPolicies.Read),
        new("/events/import", "nav.import", typeof(ImportText), Order: 42, Policy: IncidentsPolicies.Import),
    ];

    public override void AddServices(IServiceCollection services, IConfiguration configuration) => services.AddIncidentsServices();

    public override void AddPolicies(AuthorizationOptions options) => IncidentsPolicies.Add(options);

    public override IEnumerable<DataCitation> Citations =>
    [
        new("UCDP GED v23.1", "about.ucdp-events", typeof(ImportText),
            "Sundberg, R., & Melander, E. (2013). Introducing the UCDP Georeferenced Event Dataset. Journal of Peace Research, 50(4), 523–532. Davies, S., Pettersson, T., & Öberg, M. (2023). Organized violence 1989–2022, and the return of conflict between states. Journal of Peace Research, 60(4). Uppsala Conflict Data Program, Uppsala University.",
            Order: 40),
    ];

    public override void AddCommands(CliCommands cli) => IncidentsCli.Add(cli);

    public override void MapEndpoints(RouteGroupBuilder api)
    {
        IncidentsApi.Map(api);
        ImportApi.Map(api);
    }

    public override Task<IReadOnlyList<string>> SeedDemoAsync(IServiceProvider services, CancellationToken ct) =>
        services.GetRequiredService<DemoEvents>().SeedAsync(ct);
}
