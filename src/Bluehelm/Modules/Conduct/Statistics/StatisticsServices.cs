using Microsoft.Extensions.DependencyInjection;

namespace Bluehelm.Modules.Conduct.Statistics;

/// <summary>The Statistics part's services.</summary>
internal static class StatisticsServices
{
    public static IServiceCollection AddConductStatistics(this IServiceCollection services)
    {
        services.AddMemoryCache();
        services.AddScoped<ConductStatistics>();
        services.AddScoped<StatisticsExport>();
        return services;
    }
}
