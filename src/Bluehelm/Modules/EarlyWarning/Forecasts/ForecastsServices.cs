using Microsoft.Extensions.DependencyInjection;

namespace Bluehelm.Modules.EarlyWarning.Forecasts;

/// <summary>The services of the module's forecasts.</summary>
internal static class ForecastsServices
{
    internal static IServiceCollection AddForecasts(this IServiceCollection services)
    {
        services.AddScoped<ForecastSource>();
        services.AddSingleton<ForecastCache>();
        return services;
    }
}
