using Bluehelm.Platform.Http;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Localization;

namespace Bluehelm.Modules.Conduct.Statistics;

/// <summary>
/// The public statistics under <c>/api/v1/conduct</c>: deliberately anonymous (they are the
/// published, suppressed table), cached briefly by clients and proxies.
/// </summary>
internal static class StatisticsApi
{
    /// <summary>How long a client or proxy may reuse an answer: the statistics change with imports and new cases, not by the second.</summary>
    private const string CachePolicy = "public, max-age=60";

    public static void Map(RouteGroupBuilder api)
    {
        var g = api.MapGroup("/conduct").WithTags("Conduct");
        g.MapGet("/statistics", Get).WithName("Conduct_Statistics")
            .WithSummary("Allegations of sexual exploitation and abuse by year, mission, personnel category, nationality or allegation type; cells under 3 suppressed.")
            .AllowAnonymous().ProducesValidationProblem();
        g.MapGet("/statistics.csv", (HttpContext http, ConductStatistics stats, StatisticsExport export, IStringLocalizer<StatisticsText> text, string? by, string? year, string? mission, CancellationToken ct) =>
                Csv(http, stats, export, text, by, year, mission, hxl: false, ct))
            .WithName("Conduct_StatisticsCsv").WithSummary("The statistics table as CSV (suppressed cells in words).")
            .AllowAnonymous().Produces<string>(200, "text/csv").ProducesValidationProblem();
        g.MapGet("/statistics.hxl.csv", (HttpContext http, ConductStatistics stats, StatisticsExport export, IStringLocalizer<StatisticsText> text, string? by, string? year, string? mission, CancellationToken ct) =>
                Csv(http, stats, export, text, by, year, mission, hxl: true, ct))
            .WithName("Conduct_StatisticsHxl").WithSummary("The statistics table as HXL-tagged CSV (suppressed cells empty).")
            .AllowAnonymous().Produces<string>(200, "text/csv").ProducesValidationProblem();
        g.MapGet("/statistics.xlsx", Xlsx).WithName("Conduct_StatisticsXlsx").WithSummary("The statistics table as an Excel workbook (suppressed cells in words).")
            .AllowAnonymous().Produces(200, contentType: XlsxType).ProducesValidationProblem();
    }

    private const string XlsxType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    /// <summary>The table as JSON: every cell with its value, or null and <c>suppressed: true</c>.</summary>
    private static async Task<Results<Ok<StatisticsTable>, ProblemHttpResult>> Get(
        HttpContext http, ConductStatistics stats, IStringLocalizer<StatisticsText> text, string? by, string? year, string? mission, CancellationToken ct)
    {
        if (StatisticsRequestParser.Parse(by, year, mission, text, out var errors) is not { } request)
        {
            return ApiProblems.Validation(http, errors);
        }

        var table = await stats.TableAsync(request, ct);
        Cache(http);
        return TypedResults.Ok(table);
    }

    private static async Task<IResult> Csv(
        HttpContext http, ConductStatistics stats, StatisticsExport export, IStringLocalizer<StatisticsText> text, string? by, string? year, string? mission, bool hxl, CancellationToken ct)
    {
        if (StatisticsRequestParser.Parse(by, year, mission, text, out var errors) is not { } request)
        {
            return ApiProblems.Validation(http, errors);
        }

        var table = await stats.TableAsync(request, ct);
        Cache(http);
        http.Response.ContentType = "text/csv; charset=utf-8";
        http.Response.Headers.ContentDisposition = $"attachment; filename=\"{FileName(table)}{(hxl ? ".hxl" : "")}.csv\"";
        await export.WriteCsvAsync(http.Response.Body, table, hxl, ct);
        return TypedResults.Empty;
    }

    private static async Task<IResult> Xlsx(
        HttpContext http, ConductStatistics stats, StatisticsExport export, IStringLocalizer<StatisticsText> text, string? by, string? year, string? mission, CancellationToken ct)
    {
        if (StatisticsRequestParser.Parse(by, year, mission, text, out var errors) is not { } request)
        {
            return ApiProblems.Validation(http, errors);
        }

        var table = await stats.TableAsync(request, ct);
        Cache(http);
        http.Response.ContentType = XlsxType;
        http.Response.Headers.ContentDisposition = $"attachment; filename=\"{FileName(table)}.xlsx\"";
        await export.WriteXlsxAsync(http.Response.Body, table, ct);
        return TypedResults.Empty;
    }

    /// <summary><c>sea-statistics-by-mission-2019-MINUSCA</c>: only the validated request's parts.</summary>
    private static string FileName(StatisticsTable table) =>
        string.Join('-', new[] { "sea-statistics-by", table.By, table.Year?.ToString(System.Globalization.CultureInfo.InvariantCulture), table.Mission }.Where(p => p is not null));

    private static void Cache(HttpContext http)
    {
        http.Response.Headers.CacheControl = CachePolicy;
        http.Response.Headers.Vary = "Accept-Language, Cookie";
    }
}
