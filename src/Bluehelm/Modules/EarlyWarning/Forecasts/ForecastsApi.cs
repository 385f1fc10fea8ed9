using Bluehelm.Modules.Missions.Contracts;
using Bluehelm.Platform.Http;
using Bluehelm.Platform.Identity;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Localization;

namespace Bluehelm.Modules.EarlyWarning.Forecasts;

/// <summary>The API endpoints of the module's forecasts.</summary>
internal static class ForecastsApi
{
    internal static void Map(RouteGroupBuilder api)
    {
        api.MapGet("/forecasts", Get).WithTags("Early warning").WithName("EarlyWarning_GetForecast")
            .WithSummary("Next month's risk of violence against civilians per PRIO-GRID cell of a mission, with its rolling-origin evaluation against two baselines (the mission's JOC officers, POC advisers, commanders; administrators).")
            .RequireAuthorization(EarlyWarningPolicies.Read);
    }

    /// <summary>The forecast of <paramref name="mission"/>: computed on the first request for the current data, then served from memory.</summary>
    internal static async Task<IResult> Get(string? mission, IMissionDirectory missions, ForecastSource source, ForecastCache cache, IStringLocalizer<ForecastsText> text, HttpContext http, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(mission))
        {
            return ApiProblems.Validation(http, new Dictionary<string, string[]> { ["mission"] = [text["error.mission-required"]] });
        }

        if (await missions.FindAsync(mission, ct) is not { } m)
        {
            return ApiProblems.NotFound(http);
        }

        if (!http.User.HasMissionScope(m.Code))
        {
            return ApiProblems.Forbidden(http);
        }

        return TypedResults.Ok(ForecastResponse.From(await cache.GetAsync(m, source, ct)));
    }
}
