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
            .Produces<ForecastResponse>().Produces<ForecastPending>(StatusCodes.Status202Accepted).ProducesProblem(400).ProducesProblem(403).ProducesProblem(404)
            .RequireAuthorization(EarlyWarningPolicies.Read);
    }

    /// <summary>Seconds a client is asked to wait before asking again while the forecast is computed.</summary>
    internal const int RetryAfterSeconds = 30;

    /// <summary>
    /// The forecast of <paramref name="mission"/> from memory, never computed while the caller waits: 200 with the
    /// latest run (<c>current</c> false when newer data are being computed), or 202 with <c>Retry-After</c> before the first.
    /// </summary>
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

        var (run, current) = await cache.ShowAsync(m, source, ct);
        if (run is null)
        {
            http.Response.Headers.RetryAfter = RetryAfterSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
            return TypedResults.Json(new ForecastPending(m.Code, "computing", RetryAfterSeconds, text["pending", m.Code]), statusCode: StatusCodes.Status202Accepted);
        }

        return TypedResults.Ok(ForecastResponse.From(run, current));
    }
}
