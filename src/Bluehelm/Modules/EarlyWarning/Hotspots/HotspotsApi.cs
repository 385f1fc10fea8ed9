using System.Globalization;
using System.Security.Claims;
using Bluehelm.Modules.EarlyWarning.Hotspots.Api;
using Bluehelm.Modules.EarlyWarning.Hotspots.Engine;
using Bluehelm.Modules.Incidents.Contracts;
using Bluehelm.Modules.Missions.Contracts;
using Bluehelm.Platform.Http;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Localization;

namespace Bluehelm.Modules.EarlyWarning.Hotspots;

/// <summary>The API of the module's hotspots, under <c>/api/v1/hotspots</c>.</summary>
internal static class HotspotsApi
{
    internal static void Map(RouteGroupBuilder api)
    {
        var g = api.MapGroup("/hotspots").WithTags("Early warning");
        g.MapGet("/clusters", Clusters).WithName("EarlyWarning_HotspotClusters")
            .WithSummary("Density clusters (DBSCAN on great-circle distance, optional window in days) of a mission's events; format=geojson for hulls as GeoJSON.")
            .RequireAuthorization(EarlyWarningPolicies.Read).ProducesProblem(400).ProducesProblem(403).ProducesProblem(404);
        g.MapGet("/grid", Grid).WithName("EarlyWarning_HotspotGrid")
            .WithSummary("Getis-Ord Gi* z and p per PRIO-GRID cell of a mission's events, with each cell's trend.")
            .RequireAuthorization(EarlyWarningPolicies.Read).ProducesProblem(400).ProducesProblem(403).ProducesProblem(404);
    }

    private static async Task<Results<Ok<HotspotClustersResponse>, ContentHttpResult, ProblemHttpResult>> Clusters(
        HttpContext context, HotspotQueries queries, ClaimsPrincipal user, CancellationToken ct,
        string? mission = null, string? from = null, string? to = null, string? type = null, string? eps = null, string? min = null, string? window = null, string? format = null)
    {
        var (m, filter, problem) = await ResolveAsync(context, queries, user, mission, from, to, type, eps, min, window, ct);
        if (problem is not null)
        {
            return problem;
        }

        var (period, events) = await queries.EventsAsync(m!, filter!, ct);
        var clusters = await queries.ClustersAsync(m!, events, filter!, ct);
        if (string.Equals(format, "geojson", StringComparison.OrdinalIgnoreCase))
        {
            return TypedResults.Content(HotspotGeoJson.Clusters(clusters), "application/geo+json");
        }

        var noise = events.Count - clusters.Sum(c => c.Events);
        return TypedResults.Ok(new HotspotClustersResponse(
            m!.Code, period.From, period.To, period.LatestData, filter!.Threat is { } t ? HotspotFilter.Key(t) : null, filter.EpsKm, filter.MinPoints, filter.WindowDays,
            events.Count, noise, [.. clusters.Select(Dto)]));
    }

    private static async Task<Results<Ok<HotspotGridResponse>, ProblemHttpResult>> Grid(
        HttpContext context, HotspotQueries queries, ClaimsPrincipal user, CancellationToken ct,
        string? mission = null, string? from = null, string? to = null, string? type = null)
    {
        var (m, filter, problem) = await ResolveAsync(context, queries, user, mission, from, to, type, null, null, null, ct);
        if (problem is not null)
        {
            return problem;
        }

        var (period, events) = await queries.EventsAsync(m!, filter!, ct);
        var cells = HotspotQueries.Grid(period, events);
        return TypedResults.Ok(new HotspotGridResponse(
            m!.Code, period.From, period.To, period.LatestData, filter!.Threat is { } t ? HotspotFilter.Key(t) : null, events.Count,
            [.. cells.Select(c => new HotspotCellDto(c.Gid, c.Latitude, c.Longitude, c.Events, c.Z, c.P, ClassKey(c.Class), TrendKey(c.Trend), c.PeriodZ))]));
    }

    internal static string ClassKey(GiClass c) => c switch
    {
        GiClass.Hot99 => "hot-99",
        GiClass.Hot95 => "hot-95",
        GiClass.Hot90 => "hot-90",
        GiClass.Cold => "cold",
        _ => "not-significant",
    };

    internal static string TrendKey(HotspotTrend t) => t.ToString().ToLowerInvariant();

    private static HotspotClusterDto Dto(ClusterSummary c) => new(
        c.Cluster, c.Events, c.CoreEvents, c.Fatalities, c.First, c.Last, c.Latitude, c.Longitude, Math.Round(c.RadiusKm, 3),
        [.. c.Hull.Select(p => new[] { p.Longitude, p.Latitude })], c.NearestSite?.Site.Name, c.NearestSite is { } n ? Math.Round(n.DistanceKm, 1) : null);

    private static async Task<(MissionRef? Mission, HotspotFilter? Filter, ProblemHttpResult? Problem)> ResolveAsync(
        HttpContext context, HotspotQueries queries, ClaimsPrincipal user, string? mission, string? from, string? to, string? type, string? eps, string? min, string? window, CancellationToken ct)
    {
        var codes = new Dictionary<string, string>(StringComparer.Ordinal);
        var filter = HotspotFilter.Parse(from, to, type, eps, min, window, codes);
        if (codes.Count > 0)
        {
            var text = context.RequestServices.GetRequiredService<IStringLocalizer<HotspotsText>>();
            return (null, null, ApiProblems.Validation(context, codes.ToDictionary(e => e.Key, e => new[] { text["error." + e.Value].Value })));
        }

        if (string.IsNullOrWhiteSpace(mission))
        {
            return (null, null, ApiProblems.Validation(context, new Dictionary<string, string[]>
            {
                ["mission"] = [context.RequestServices.GetRequiredService<IStringLocalizer<HotspotsText>>()["error.mission-required"].Value],
            }));
        }

        if (await queries.MissionAsync(user, mission, ct) is { } m)
        {
            return (m, filter, null);
        }

        var directory = context.RequestServices.GetRequiredService<IMissionDirectory>();
        return (null, null, await directory.FindAsync(mission, ct) is null ? ApiProblems.NotFound(context) : ApiProblems.Forbidden(context));
    }
}
