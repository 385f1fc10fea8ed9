using Bluehelm.Modules.Conduct.Cases;
using Bluehelm.Modules.Conduct.Data;
using Bluehelm.Modules.Conduct.Deadlines;
using Bluehelm.Modules.Conduct.Intake;
using Bluehelm.Modules.Conduct.PublicTable;
using Bluehelm.Modules.Conduct.Statistics;
using Bluehelm.Platform.Cli;
using Bluehelm.Platform.Identity;
using Bluehelm.Platform.Modules;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Bluehelm.Modules.Conduct;

/// <summary>
/// The Conduct module: sexual exploitation and abuse cases from intake to closure, victim assistance,
/// screening, the UN's public table of allegations and the statistics published from it. Its data
/// lives in its own context (<see cref="ConductDbContext"/>), so production can isolate it.
/// </summary>
public sealed class ConductModule : BluehelmModule
{
    public override string Name => "conduct";

    public override IEnumerable<NavEntry> Navigation =>
    [
        new("/conduct", "nav.board", typeof(ConductText), Order: 70, Policy: ConductPolicies.Manage, OnHome: true),
        new("/conduct/cases", "nav.cases", typeof(ConductText), Order: 71, Policy: ConductPolicies.Cases, OnHome: true),
        new("/conduct/screening", "nav.screening", typeof(ConductText), Order: 73, Policy: ConductPolicies.Screening),
        new("/conduct/import", "nav.import", typeof(ConductText), Order: 74, Policy: ConductPolicies.Import),
        new("/conduct/statistics", "nav.statistics", typeof(ConductText), Order: 75, Policy: Policies.Public),
        new("/conduct/report", "nav.report", typeof(ConductText), Order: 76, Policy: Policies.Public),
        new("/conduct/audit", "nav.audit", typeof(DeadlinesText), Order: 77, Policy: ConductPolicies.Audit),
    ];

    public override void AddServices(IServiceCollection services, IConfiguration configuration) => services.AddConduct(configuration);

    public override void AddJobs(IServiceCollection services) => services.AddConductDeadlineJobs();

    public override void AddPolicies(AuthorizationOptions options) => ConductPolicies.Add(options);

    public override void MapEndpoints(RouteGroupBuilder api)
    {
        CasesApi.Map(api);
        IntakeApi.Map(api);
        DeadlinesApi.Map(api);
        PublicTableApi.Map(api);
        StatisticsApi.Map(api);
    }

    public override void AddCommands(CliCommands cli)
    {
        PublicTableCli.Add(cli);
        DeadlinesCli.Add(cli);
    }

    /// <summary>The public table first (it adds missions the demo cases may name), then the demo's live cases.</summary>
    public override async Task<IReadOnlyList<string>> SeedDemoAsync(IServiceProvider services, CancellationToken ct) =>
        [.. await services.GetRequiredService<DemoTable>().SeedAsync(ct), .. await services.GetRequiredService<DemoCases>().SeedAsync(ct)];

    public override IEnumerable<DataCitation> Citations =>
    [
        new("UN table of allegations (July 2024)", "about.table", typeof(ConductText),
            "United Nations, Conduct in UN Field Missions: \"Sexual exploitation and abuse: table of allegations\", edition of July 2024 (753 allegations recorded 2015 to July 2024). Public data.",
            Order: 70),
    ];

    /// <summary>Brings the Conduct database up to date, after the shared database's migrations.</summary>
    public override async Task InitializeAsync(IServiceProvider services, CancellationToken ct)
    {
        var db = services.GetRequiredService<ConductDbContext>();
        var creator = db.GetService<Microsoft.EntityFrameworkCore.Storage.IRelationalDatabaseCreator>();
        if (!await creator.ExistsAsync(ct))
        {
            await creator.CreateAsync(ct);
        }

        await db.GetService<Microsoft.EntityFrameworkCore.Migrations.IHistoryRepository>().CreateIfNotExistsAsync(ct);
        await db.Database.MigrateAsync(ct);
    }
}
