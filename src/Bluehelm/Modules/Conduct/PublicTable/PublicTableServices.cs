using Microsoft.Extensions.DependencyInjection;

namespace Bluehelm.Modules.Conduct.PublicTable;

/// <summary>The PublicTable part's services.</summary>
internal static class PublicTableServices
{
    public static IServiceCollection AddConductPublicTable(this IServiceCollection services) => services
        .AddScoped<DemoTable>()
        .AddScoped<ImportTable>()
        .AddTransient<Microsoft.AspNetCore.Hosting.IStartupFilter, TableUploadLimits>();
}
