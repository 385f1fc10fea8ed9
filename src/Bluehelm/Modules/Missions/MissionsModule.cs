using Bluehelm.Modules.Missions.Import;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Bluehelm.Modules.Missions;

/// <summary>Registration of the Missions module (reference data: missions, member states, sites, units).</summary>
public static class MissionsModule
{
    public static IServiceCollection AddMissionsModule(this IServiceCollection services)
    {
        services.AddScoped<GeoPkoImporter>();
        services.AddScoped<ReferenceData>();
        services.AddScoped<DemoSeeder>();
        services.AddScoped<MissionQueries>();
        services.AddScoped<Contracts.IMissionDirectory, MissionDirectory>();
        services.AddSingleton<MissionDirectoryCache>();
        services.Configure<Microsoft.AspNetCore.Authorization.AuthorizationOptions>(MissionsPolicies.Add);
        return services;
    }

    public static RouteGroupBuilder MapMissionsModule(this RouteGroupBuilder api)
    {
        MissionsApi.Map(api);
        return api;
    }

    /// <summary>Imports Geo-PKO files (and IPI strength when present) from a folder; used by the CLI.</summary>
    public static Task<GeoPkoImportResult> ImportGeoPkoAsync(IServiceProvider scoped, string directory, string? mission, CancellationToken ct) =>
        scoped.GetRequiredService<GeoPkoImporter>().ImportAsync(GeoPkoFiles.FromDirectory(directory), mission, ct);

    /// <summary>Seeds the demo mission and demo users; returns console notes.</summary>
    public static Task<IReadOnlyList<string>> SeedDemoAsync(IServiceProvider scoped, CancellationToken ct) =>
        scoped.GetRequiredService<DemoSeeder>().SeedAsync(ct);
}
