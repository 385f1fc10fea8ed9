using Bluehelm.Modules.Incidents.Contracts;
using Bluehelm.Modules.Incidents.Import;
using Microsoft.Extensions.DependencyInjection;

namespace Bluehelm.Modules.Incidents;

/// <summary>The services of the Incidents module.</summary>
internal static class IncidentsServices
{
    internal static IServiceCollection AddIncidentsServices(this IServiceCollection services)
    {
        services.AddScoped<ConflictEventStore>();
        services.AddScoped<IConflictEvents>(sp => sp.GetRequiredService<ConflictEventStore>());
        services.AddSingleton<IEventFileReader, AcledReader>();
        services.AddSingleton<IEventFileReader, HxlReader>();
        services.AddScoped<EventQueries>();
        services.AddScoped<VerifyIncidentHandler>();
        services.AddScoped<IVerifiedIncidents, VerifiedIncidents>();
        services.AddSingleton<GedReader>();
        services.AddSingleton<IEventFileReader>(sp => sp.GetRequiredService<GedReader>());
        services.AddScoped<EventImporter>();
        services.AddScoped<DemoEvents>();
        services.AddOptions<ImportOptions>().BindConfiguration(ImportOptions.Section);
        services.AddTransient<Microsoft.AspNetCore.Hosting.IStartupFilter, UploadLimits>();
        return services;
    }
}
