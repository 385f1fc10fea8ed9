using Bluehelm.Modules.Alerts;
using Bluehelm.Modules.Conduct;
using Bluehelm.Modules.EarlyWarning;
using Bluehelm.Modules.Incidents;
using Bluehelm.Modules.Missions;
using Bluehelm.Platform.Modules;

namespace Bluehelm;

/// <summary>
/// The modules Bluehelm runs, in dependency order: the one place that names them (the hosts pass
/// this list to the platform). Adding a module is its folder plus one line here; see docs/modules.md.
/// </summary>
public static class BluehelmModules
{
    public static IReadOnlyList<BluehelmModule> All { get; } =
    [
        new MissionsModule(),
        new AlertsModule(),
        new IncidentsModule(),
        new EarlyWarningModule(),
        new ConductModule(),
    ];
}
