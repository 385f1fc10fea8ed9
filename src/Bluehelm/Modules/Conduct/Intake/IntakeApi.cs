using Microsoft.AspNetCore.Routing;

namespace Bluehelm.Modules.Conduct.Intake;

/// <summary>The Intake part's endpoints under <c>/api/v1/conduct</c>.</summary>
internal static class IntakeApi
{
    public static void Map(RouteGroupBuilder api)
    {
        _ = api;
    }
}
