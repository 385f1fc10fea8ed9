using Bluehelm.Modules.EarlyWarning.Forecasts;
using Bluehelm.Modules.EarlyWarning.Hotspots;
using Bluehelm.Modules.EarlyWarning.Warnings;
using Bluehelm.Platform.Cli;
using Bluehelm.Platform.Modules;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Bluehelm.Modules.EarlyWarning;

/// <summary>
/// The Early warning module: hotspots (DBSCAN on great-circle distance, Getis-Ord Gi* on PRIO-GRID),
/// forecasts of violence against civilians per cell with their honest evaluation, and early warnings
/// published as CAP 1.2. It reads events through the Incidents contract and sites through Missions'.
/// </summary>
public sealed class EarlyWarningModule : BluehelmModule
{
    public override string Name => "earlywarning";

    public override IEnumerable<NavEntry> Navigation =>
    [
        new("/hotspots", "nav.hotspots", typeof(HotspotsText), Order: 50, Policy: EarlyWarningPolicies.Read),
        new("/warnings", "nav.warnings", typeof(WarningsText), Order: 60, Policy: EarlyWarningPolicies.Read),
        new("/forecasts", "nav.forecasts", typeof(ForecastsText), Order: 46, Policy: EarlyWarningPolicies.Read),
    ];

    public override void AddServices(IServiceCollection services, IConfiguration configuration)
    {
        services.AddHotspots();
        services.AddForecasts();
        services.AddWarnings(configuration);
    }

    public override void AddJobs(IServiceCollection services) => services.AddForecastJobs();

    public override void AddPolicies(AuthorizationOptions options) => EarlyWarningPolicies.Add(options);

    public override void MapEndpoints(RouteGroupBuilder api)
    {
        HotspotsApi.Map(api);
        ForecastsApi.Map(api);
        WarningsApi.Map(api);
    }

    public override void MapRoutes(IEndpointRouteBuilder app) => WarningsFeed.Map(app);

    public override void AddCommands(CliCommands cli)
    {
        HotspotsCli.Add(cli);
        ForecastsCli.Add(cli);
        WarningsCli.Add(cli);
    }
}
