using Bluehelm.Platform.Http;
using Microsoft.AspNetCore.Http;

namespace Bluehelm.Modules.Alerts;

/// <summary>The CSV endpoints of <see cref="AlertsApi"/>: export of the filtered list, import of a file.</summary>
internal static class AlertsCsvEndpoints
{
    internal static async Task<IResult> Export(
        HttpContext http, AlertCsv csv, AlertQueries queries, string? format, string? mission, string? status, string? severity, string? threatType,
        DateTimeOffset? from, DateTimeOffset? to, string? bbox, CancellationToken ct)
    {
        if (AlertFilterQuery.FilterFrom(mission, status, severity, threatType, from, to, bbox) is not { } filter)
        {
            return ApiProblems.Validation(http, AlertFilterQuery.FilterErrors(status, severity, threatType, bbox));
        }

        var hxl = string.Equals(format, "hxl", StringComparison.OrdinalIgnoreCase);
        if (!hxl && format is not null && !string.Equals(format, "csv", StringComparison.OrdinalIgnoreCase))
        {
            return ApiProblems.Validation(http, new Dictionary<string, string[]> { ["format"] = ["invalid"] });
        }

        http.Response.ContentType = "text/csv; charset=utf-8";
        http.Response.Headers.ContentDisposition = $"attachment; filename=\"alerts{(hxl ? "-hxl" : "")}.csv\"";
        await csv.ExportAsync(http.Response.Body, http.User, queries, filter, hxl, ct);
        return TypedResults.Empty;
    }

    internal static async Task<IResult> Import(HttpContext http, AlertCsv csv, string? mission, CancellationToken ct)
    {
        const long maxBytes = 32L * 1024 * 1024;
        if (http.Request.ContentLength > maxBytes)
        {
            return ApiProblems.Problem(http, StatusCodes.Status413PayloadTooLarge, "too-large");
        }

        Stream content;
        string name;
        if (http.Request.HasFormContentType)
        {
            var form = await http.Request.ReadFormAsync(ct);
            var file = form.Files.GetFile("file");
            if (file is null)
            {
                return ApiProblems.Validation(http, new Dictionary<string, string[]> { ["file"] = ["required"] });
            }

            content = file.OpenReadStream();
            name = Path.GetFileName(file.FileName);
        }
        else
        {
            // Buffered here, asynchronously: the CSV reader reads synchronously.
            var buffer = new MemoryStream();
            await http.Request.Body.CopyToAsync(buffer, ct);
            if (buffer.Length > maxBytes)
            {
                return ApiProblems.Problem(http, StatusCodes.Status413PayloadTooLarge, "too-large");
            }

            buffer.Position = 0;
            content = buffer;
            name = "upload.csv";
        }

        await using (content)
        {
            var result = await csv.ImportAsync(name, content, mission, http.User, AlertsApi.ActorOf(http), ct);
            return result.Errors.Count == 0
                ? TypedResults.Ok(result)
                : ApiProblems.Problem(http, StatusCodes.Status400BadRequest, "csv-rejected", extensions: new Dictionary<string, object?> { ["errors"] = result.Errors });
        }
    }
}
