using Bluehelm.Modules.Conduct.Cases;
using Bluehelm.Modules.Conduct.Data;
using Bluehelm.Modules.Conduct.Deadlines;
using Bluehelm.Modules.Conduct.Intake;
using Bluehelm.Modules.Conduct.PublicTable;
using Bluehelm.Modules.Conduct.Statistics;
using Bluehelm.Platform.Audit;
using Bluehelm.Platform.Data;
using Bluehelm.Platform.Hosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Bluehelm.Modules.Conduct;

/// <summary>The Conduct module's services: its own database, then each part's.</summary>
internal static class ConductServices
{
    public static IServiceCollection AddConduct(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<ConductOptions>().Bind(configuration.GetSection(ConductOptions.Section));
        services.AddPooledDbContextFactory<ConductDbContext>((sp, options) =>
        {
            DatabaseRegistration.Configure(options, sp.GetRequiredService<IOptions<BluehelmOptions>>().Value,
                sp.GetRequiredService<IOptions<ConductOptions>>().Value.ConnectionString, ConductDbContext.HistoryTable);
            options.AddInterceptors(new SqlitePragmas());
        });
        services.AddScoped(sp =>
        {
            var db = sp.GetRequiredService<IDbContextFactory<ConductDbContext>>().CreateDbContext();
            db.Audit = sp.GetRequiredService<AuditContext>();
            return db;
        });

        services.AddConductCases();
        services.AddConductIntake();
        services.AddConductDeadlines();
        services.AddConductPublicTable();
        services.AddConductStatistics();
        return services;
    }
}
