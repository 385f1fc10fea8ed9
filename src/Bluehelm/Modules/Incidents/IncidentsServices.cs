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
        return services;
    }
}
