using Microsoft.AspNetCore.Routing;

namespace Bluehelm.Modules.Conduct.PublicTable;

/// <summary>The PublicTable part's endpoints under <c>/api/v1/conduct</c>.</summary>
internal static class PublicTableApi
{
    public static void Map(RouteGroupBuilder api)
    {
        _ = api;
    }
}
