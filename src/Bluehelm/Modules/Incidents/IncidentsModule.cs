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
    ];

    public override void AddServices(IServiceCollection services, IConfiguration configuration) => services.AddIncidentsServices();

    public override void AddPolicies(AuthorizationOptions options) => IncidentsPolicies.Add(options);

    public override void MapEndpoints(RouteGroupBuilder api) => IncidentsApi.Map(api);
}
