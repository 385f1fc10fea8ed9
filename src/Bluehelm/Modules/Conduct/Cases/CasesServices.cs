using Microsoft.Extensions.DependencyInjection;

namespace Bluehelm.Modules.Conduct.Cases;

/// <summary>The Cases part's services.</summary>
internal static class CasesServices
{
    public static IServiceCollection AddConductCases(this IServiceCollection services) => services
        .AddScoped<DemoCases>()
        .AddScoped<RecordCaseHandler>()
        .AddScoped<CaseCommands>()
        .AddScoped<CaseQueries>()
        .AddScoped<RevealSealedHandler>();
}
