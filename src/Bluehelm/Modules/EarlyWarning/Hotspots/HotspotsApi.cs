using Microsoft.AspNetCore.Routing;

namespace Bluehelm.Modules.EarlyWarning.Hotspots;

/// <summary>The API endpoints of the module's hotspots.</summary>
internal static class HotspotsApi
{
    internal static void Map(RouteGroupBuilder api)
    {
    }
}
