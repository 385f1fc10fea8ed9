using Microsoft.AspNetCore.Routing;

namespace Bluehelm.Modules.EarlyWarning.Warnings;

/// <summary>The API endpoints of the module's warnings.</summary>
internal static class WarningsApi
{
    internal static void Map(RouteGroupBuilder api)
    {
    }
}
