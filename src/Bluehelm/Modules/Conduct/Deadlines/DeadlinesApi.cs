using Microsoft.AspNetCore.Routing;

namespace Bluehelm.Modules.Conduct.Deadlines;

/// <summary>The Deadlines part's endpoints under <c>/api/v1/conduct</c>.</summary>
internal static class DeadlinesApi
{
    public static void Map(RouteGroupBuilder api)
    {
        _ = api;
    }
}
