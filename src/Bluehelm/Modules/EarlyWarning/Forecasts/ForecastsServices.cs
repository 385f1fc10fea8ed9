using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

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

    /// <summary>The background computation (<see cref="ForecastJob"/>), web host only.</summary>
    internal static IServiceCollection AddForecastJobs(this IServiceCollection services)
    {
        services.AddOptions<ForecastJobOptions>().BindConfiguration(ForecastJobOptions.Section)
            .PostConfigure<IHostEnvironment>((o, environment) => o.Background ??= !environment.IsEnvironment("Testing"));
        services.AddSingleton<ForecastJob>();
        services.AddHostedService(sp => sp.GetRequiredService<ForecastJob>());
        return services;
    }
}
