using Microsoft.Extensions.DependencyInjection;

namespace Bluehelm.Modules.EarlyWarning.Hotspots;

/// <summary>The services of the module's hotspots.</summary>
internal static class HotspotsServices
{
    internal static IServiceCollection AddHotspots(this IServiceCollection services) => services.AddScoped<HotspotQueries>();
}
