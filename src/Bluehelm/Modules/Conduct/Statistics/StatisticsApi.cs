using Microsoft.AspNetCore.Routing;

namespace Bluehelm.Modules.Conduct.Statistics;

/// <summary>The Statistics part's endpoints under <c>/api/v1/conduct</c>.</summary>
internal static class StatisticsApi
{
    public static void Map(RouteGroupBuilder api)
    {
        _ = api;
    }
}
