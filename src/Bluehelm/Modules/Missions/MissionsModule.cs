using Bluehelm.Modules.Missions.Contracts;
using Bluehelm.Modules.Missions.Import;
using Bluehelm.Platform.Cli;
using Bluehelm.Platform.Identity;
using Bluehelm.Platform.Modules;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Bluehelm.Modules.Missions;

/// <summary>The Missions module: reference data of missions, member states, deployment sites and units.</summary>
public sealed class MissionsModule : BluehelmModule
{
    public override string Name => "missions";

    public override IEnumerable<NavEntry> Navigation =>
    [
        new("/missions", "nav.missions", typeof(MissionsText), Order: 30, OnHome: true),
        new("/missions/" + NavEntry.MissionPlaceholder, "nav.missions", typeof(MissionsText), Order: 31) { LandingFor = [Roles.PocAdviser], InMenu = false },
    ];

    public override IEnumerable<DataCitation> Citations =>
    [
        new("Geo-PKO v2.3", "about.geopko", typeof(MissionsText),
            "Cil, D., Fjelde, H., Hultman, L., & Nilsson, D. (2020). Mapping blue helmets: Introducing the Geocoded Peacekeeping Operations (Geo-PKO) dataset. Journal of Peace Research, 57(2), 360–370. Uppsala University, Department of Peace and Conflict Research.",
            Order: 10),
        new("IPI Peacekeeping Database", "about.ipi", typeof(MissionsText),
            "International Peace Institute, Providing for Peacekeeping Project: IPI Peacekeeping Database (uniformed personnel per mission and month, 1990–2017).",
            Order: 20),
    ];

    public override void AddServices(IServiceCollection services, IConfiguration configuration)
    {
        services.AddScoped<GeoPkoImporter>();
        services.AddScoped<ReferenceData>();
        services.AddScoped<DemoSeeder>();
        services.AddScoped<MissionQueries>();
        services.AddScoped<IMissionDirectory, MissionDirectory>();
        services.AddScoped<IScopeDirectory, MissionScopeDirectory>();
        services.AddSingleton<MissionDirectoryCache>();
    }

    public override void AddPolicies(AuthorizationOptions options) => MissionsPolicies.Add(options);

    public override void MapEndpoints(RouteGroupBuilder api) => MissionsApi.Map(api);

    public override void AddCommands(CliCommands cli) => MissionsCli.Add(cli);

    public override Task InitializeAsync(IServiceProvider services, CancellationToken ct) =>
        services.GetRequiredService<ReferenceData>().EnsureCountriesAsync(ct);

    public override Task<IReadOnlyList<string>> SeedDemoAsync(IServiceProvider services, CancellationToken ct) =>
        services.GetRequiredService<DemoSeeder>().SeedAsync(ct);

    public override Task<IReadOnlyList<string>> DemoScopesAsync(string role, IServiceProvider services, CancellationToken ct) =>
        services.GetRequiredService<DemoSeeder>().DemoScopesAsync(role, ct);
}
