using Microsoft.Extensions.DependencyInjection;

namespace Bluehelm.Modules.Conduct.Intake;

/// <summary>The Intake part's services: one handler per use case.</summary>
internal static class IntakeServices
{
    public static IServiceCollection AddConductIntake(this IServiceCollection services) => services
        .AddScoped<SubmitReportHandler>()
        .AddScoped<CheckReportStatusHandler>()
        .AddScoped<ReadAssistanceHandler>()
        .AddScoped<RecordAssistanceHandler>()
        .AddScoped<MarkAssistanceReceivedHandler>()
        .AddScoped<ScreenPersonHandler>();
}
