using Bluehelm.Platform.Cli;
using Bluehelm.Platform.Modules;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Bluehelm.Modules.Alerts;

/// <summary>The Alerts module: early warning and response (intake, watch board, dispatch, escalation).</summary>
public sealed class AlertsModule : BluehelmModule
{
    public override string Name => "alerts";

    public override IEnumerable<NavEntry> Navigation =>
    [
        new("/alerts/board", "nav.board", typeof(AlertsText), Order: 10, Policy: AlertsPolicies.Read, OnHome: true) { LandingFor = [Bluehelm.Platform.Identity.Roles.JocOfficer, Bluehelm.Platform.Identity.Roles.Commander] },
        new("/alerts", "nav.alerts", typeof(AlertsText), Order: 20, Policy: AlertsPolicies.Read),
        new("/alerts/new", "new.title", typeof(AlertsText), Order: 22, Policy: AlertsPolicies.Manage),
        new("/alerts/import", "import.title", typeof(AlertsText), Order: 24, Policy: AlertsPolicies.Manage),
    ];

    public override IEnumerable<DataCitation> Citations =>
    [
        new("UCDP GED v23.1", "about.ucdp", typeof(AlertsText),
            "Sundberg, R., & Melander, E. (2013). Introducing the UCDP Georeferenced Event Dataset. Journal of Peace Research, 50(4), 523–532. Davies, S., Pettersson, T., & Öberg, M. (2023). Organized violence 1989–2022, and the return of conflict between states. Journal of Peace Research, 60(4). Uppsala Conflict Data Program, Uppsala University.",
            Order: 30),
    ];

    public override void AddServices(IServiceCollection services, IConfiguration configuration) => services.AddAlertsServices();

    public override void AddJobs(IServiceCollection services) => services.AddHostedService<EscalationJob>();

    public override void AddPolicies(AuthorizationOptions options) => AlertsPolicies.Add(options);

    public override void MapEndpoints(RouteGroupBuilder api)
    {
        AlertsApi.Map(api);
        ResponseTargetsApi.Map(api);
    }

    public override void AddCommands(CliCommands cli) => AlertsCli.Add(cli);
}
