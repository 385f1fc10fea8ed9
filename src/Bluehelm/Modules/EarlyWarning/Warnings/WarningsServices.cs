using Microsoft.Extensions.DependencyInjection;

namespace Bluehelm.Modules.EarlyWarning.Warnings;

/// <summary>The services of the module's warnings.</summary>
internal static class WarningsServices
{
    internal static IServiceCollection AddWarnings(this IServiceCollection services) => services;
}
