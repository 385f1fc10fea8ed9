using Microsoft.Extensions.DependencyInjection;

namespace Bluehelm.Modules.Conduct.Deadlines;

/// <summary>The Deadlines part's services.</summary>
internal static class DeadlinesServices
{
    public static IServiceCollection AddConductDeadlines(this IServiceCollection services)
    {
        services.AddScoped<FlagOverdueCases>();
        services.AddScoped<CaseBoardQuery>();
        services.AddScoped<ReadAuditTrail>();
        services.AddScoped<AuditValueLabels>();
        return services;
    }

    /// <summary>The deadline job (web host only).</summary>
    public static IServiceCollection AddConductDeadlineJobs(this IServiceCollection services) => services.AddHostedService<DeadlineJob>();
}
