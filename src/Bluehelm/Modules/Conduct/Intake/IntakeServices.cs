using Microsoft.Extensions.DependencyInjection;

namespace Bluehelm.Modules.Conduct.Intake;

/// <summary>The Intake part's services.</summary>
internal static class IntakeServices
{
    public static IServiceCollection AddConductIntake(this IServiceCollection services) => services;
}
