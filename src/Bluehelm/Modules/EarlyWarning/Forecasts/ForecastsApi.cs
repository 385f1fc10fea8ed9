using Microsoft.AspNetCore.Routing;

namespace Bluehelm.Modules.EarlyWarning.Forecasts;

/// <summary>The API endpoints of the module's forecasts.</summary>
internal static class ForecastsApi
{
    internal static void Map(RouteGroupBuilder api)
    {
    }
}
