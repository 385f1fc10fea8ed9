using Microsoft.Extensions.DependencyInjection;

namespace Bluehelm.Modules.Alerts;

/// <summary>The services of the Alerts module: its use cases, queries, jobs' handlers and caches.</summary>
internal static class AlertsServices
{
    internal static IServiceCollection AddAlertsServices(this IServiceCollection services)
    {
        services.AddScoped<AlertIntake>();
        services.AddScoped<RaiseAlertHandler>();
        services.AddScoped<Contracts.IAlertIntake, AlertIntakeContract>();
        services.AddScoped<AlertQueries>();
        services.AddScoped<AlertBoardQuery>();
        services.AddScoped<AlertCommandSupport>();
        services.AddScoped<ChangeAlertStatusHandler>();
        services.AddScoped<DispatchUnitsHandler>();
        services.AddScoped<RecordOutcomeHandler>();
        services.AddScoped<MergeAlertHandler>();
        services.AddScoped<MarkUnitOnSceneHandler>();
        services.AddScoped<UnitTaskings>();
        services.AddScoped<AcknowledgeNotificationHandler>();
        services.AddScoped<EscalateOverdueAlerts>();
        services.AddScoped<AlertCsv>();
        services.AddScoped<Platform.Sealing.ISealedFields, ReporterSealing>();
        services.AddSingleton<ResponseTargetCache>();
        services.AddScoped<Contracts.IAlertDirectory, AlertDirectory>();
        services.AddScoped<Contracts.IAlertStatistics, AlertStatistics>();
        return services;
    }
}
