using Microsoft.AspNetCore.Routing;

namespace Bluehelm.Modules.Conduct.Cases;

/// <summary>The Cases part's endpoints under <c>/api/v1/conduct</c>.</summary>
internal static class CasesApi
{
    public static void Map(RouteGroupBuilder api)
    {
        _ = api;
    }
}
