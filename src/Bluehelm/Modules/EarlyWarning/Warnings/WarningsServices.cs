using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Bluehelm.Modules.EarlyWarning.Warnings;

/// <summary>The services of the module's warnings.</summary>
internal static class WarningsServices
{
    internal static IServiceCollection AddWarnings(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<WarningsOptions>().Bind(configuration.GetSection(WarningsOptions.Section))
            .Validate(o => o.IsValid, "Bluehelm:Warnings:Sender must hold no spaces, commas, '<' or '&' (CAP 1.2 §3.2.1).").ValidateOnStart();
        services.AddScoped<WarningQueries>();
        services.AddScoped<WarningCommands>();
        services.AddScoped<WarningIssuer>();
        services.AddScoped<DraftWarningHandler>();
        services.AddScoped<ApproveWarningHandler>();
        services.AddScoped<UpdateWarningHandler>();
        services.AddScoped<CancelWarningHandler>();
        services.AddScoped<ReceiveCapHandler>();
        services.AddScoped<CapToAlertHandler>();
        return services;
    }
}
