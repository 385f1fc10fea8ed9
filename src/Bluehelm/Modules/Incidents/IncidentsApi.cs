using System.Globalization;
using System.Text.Json;
using Bluehelm.Platform.Http;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Localization;

namespace Bluehelm.Modules.Incidents;

/// <summary>HTTP API of the Incidents module: <c>/api/v1/events</c> (list, one, GeoJSON) and verifying an alert into an incident.</summary>
public static class IncidentsApi
{
    internal static void Map(RouteGroupBuilder api)
    {
        var g = api.MapGroup("/events").WithTags("Events");
        g.MapGet("/", List).WithName("Incidents_ListEvents")
            .WithSummary("Conflict events (imported and verified), newest first, keyset-paged: filters from, to, threat (repeatable), source, admin1, country, minFatalities, civilians; cursor; limit up to 500.")
            .RequireAuthorization(IncidentsPolicies.Read).Produces<EventPage>().ProducesProblem(400);
        g.MapGet("/{id:guid}", Get).WithName("Incidents_GetEvent").WithSummary("One event with every field and its provenance.")
            .RequireAuthorization(IncidentsPolicies.Read).Produces<EventDetail>().ProducesProblem(404);
        api.MapGet("/events.geojson", GeoJson).WithTags("Events").WithName("Incidents_EventsGeoJson")
            .WithSummary("The same filtered page as a GeoJSON FeatureCollection (RFC 7946); the next page's cursor is the collection's 'next' member.")
            .RequireAuthorization(IncidentsPolicies.Read).Produces(200, contentType: "application/geo+json").ProducesProblem(400);
        api.MapPost("/alerts/{id:guid}/incident", Verify).WithTags("Events").WithName("Incidents_Verify")
            .WithSummary("Verify a resolved alert into an incident (a Bluehelm event); a second call changes nothing and says it is already verified.")
            .RequireAuthorization(IncidentsPolicies.Verify).Accepts<VerifyIncidentRequest>("application/json")
            .Produces<IncidentVerified>(StatusCodes.Status201Created).Produces<IncidentVerified>().ProducesProblem(400).ProducesProblem(404).ProducesProblem(409);
    }

    internal static async Task<Results<Ok<EventPage>, ProblemHttpResult>> List(
        HttpContext http, EventQueries queries, IStringLocalizer<IncidentsText> text, string? from, string? to, [FromQuery] string[]? threat, string? source,
        string? admin1, string? country, string? minFatalities, string? civilians, string? cursor, string? limit, CancellationToken ct)
    {
        var parsed = new EventFilterQuery(from, to, threat, source, admin1, country, minFatalities, civilians, cursor).Parse();
        var errors = parsed.Errors.ToList();
        var size = Limit(limit, errors);
        if (errors.Count > 0)
        {
            return BadFilter(http, text, errors);
        }

        return TypedResults.Ok(await queries.PageAsync(http.User, parsed.Filter, parsed.Cursor, size, ct));
    }

    internal static async Task<Results<Ok<EventDetail>, ProblemHttpResult>> Get(Guid id, HttpContext http, EventQueries queries, CancellationToken ct) =>
        await queries.GetAsync(http.User, id, ct) is { } e ? TypedResults.Ok(e) : ApiProblems.NotFound(http);

    /// <summary>Written with <see cref="Utf8JsonWriter"/> straight to the response: coordinates as [longitude, latitude], properties as in the JSON list.</summary>
    internal static async Task<IResult> GeoJson(
        HttpContext http, EventQueries queries, IStringLocalizer<IncidentsText> text, string? from, string? to, [FromQuery] string[]? threat, string? source,
        string? admin1, string? country, string? minFatalities, string? civilians, string? cursor, string? limit, CancellationToken ct)
    {
        var parsed = new EventFilterQuery(from, to, threat, source, admin1, country, minFatalities, civilians, cursor).Parse();
        var errors = parsed.Errors.ToList();
        var size = Limit(limit, errors);
        if (errors.Count > 0)
        {
            return BadFilter(http, text, errors);
        }

        var page = await queries.PageAsync(http.User, parsed.Filter, parsed.Cursor, size, ct);
        http.Response.ContentType = "application/geo+json";
        await using (var json = new Utf8JsonWriter(http.Response.BodyWriter))
        {
            EventGeoJson.Write(json, page);
        }

        return TypedResults.Empty;
    }

    internal static async Task<IResult> Verify(Guid id, HttpContext http, VerifyIncidentHandler handler, IStringLocalizer<IncidentsText> text, CancellationToken ct)
    {
        VerifyIncidentRequest? request;
        try
        {
            request = await http.Request.ReadFromJsonAsync<VerifyIncidentRequest>(ct);
        }
        catch (JsonException)
        {
            return ApiProblems.Problem(http, StatusCodes.Status400BadRequest, "invalid-json");
        }
        catch (InvalidOperationException)
        {
            return ApiProblems.Problem(http, StatusCodes.Status415UnsupportedMediaType, "unsupported-media-type");
        }

        var result = await handler.HandleAsync(http.User, id, request ?? new VerifyIncidentRequest(null, 0, 0, 0, null), ct);
        return result.Outcome switch
        {
            VerifyOutcome.Verified => TypedResults.Created($"/api/v1/events/{result.EventId}", new IncidentVerified(id, result.EventId!.Value, false, text["verify.done"])),
            VerifyOutcome.AlreadyVerified => TypedResults.Ok(new IncidentVerified(id, result.EventId!.Value, true, text["verify.already"])),
            VerifyOutcome.NotFound => ApiProblems.NotFound(http),
            VerifyOutcome.Forbidden => ApiProblems.Forbidden(http),
            VerifyOutcome.NotResolved => ApiProblems.Problem(http, StatusCodes.Status409Conflict, "alert-not-resolved", text["verify.not-resolved"]),
            _ => ApiProblems.Problem(
                http, StatusCodes.Status400BadRequest, "validation", string.Join(" ", result.Errors!.Select(e => text["verify.error." + e.Key].Value)),
                new Dictionary<string, object?> { ["errors"] = result.Errors }),
        };
    }

    private static int Limit(string? limit, List<(string Field, string Code)> errors)
    {
        if (string.IsNullOrWhiteSpace(limit))
        {
            return EventQueries.PageSize;
        }

        if (int.TryParse(limit, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n is >= 1 and <= EventQueries.MaxLimit)
        {
            return n;
        }

        errors.Add(("limit", "bad-limit"));
        return EventQueries.PageSize;
    }

    /// <summary>A 400 naming each bad filter with its code, and the same in words in the caller's language.</summary>
    internal static ProblemHttpResult BadFilter(HttpContext http, IStringLocalizer<IncidentsText> text, IReadOnlyList<(string Field, string Code)> errors) =>
        ApiProblems.Problem(
            http, StatusCodes.Status400BadRequest, "validation",
            string.Join(" ", errors.Select(e => text["filter.error." + e.Code].Value)),
            new Dictionary<string, object?>
            {
                ["errors"] = errors.GroupBy(e => e.Field, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Select(e => e.Code).Distinct(StringComparer.Ordinal).ToArray(), StringComparer.Ordinal),
            });
}
