using Bluehelm.Platform.Http;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Net.Http.Headers;

namespace Bluehelm.Modules.Incidents.Import;

/// <summary><c>POST /api/v1/events/imports?format=ged</c>: the upload page's import for programs.</summary>
internal static class ImportApi
{
    public static void Map(RouteGroupBuilder api)
    {
        api.MapPost("/events/imports", Import)
            .WithName("Incidents_Import")
            .WithSummary("Import an event file (multipart 'file', or the file as the body with ?fileName=): all rows or none; the same file twice adds nothing.")
            .RequireAuthorization(IncidentsPolicies.Import)
            .DisableAntiforgery()
            .Produces<ImportReportDto>()
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity)
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge);
    }

    internal static async Task<IResult> Import(HttpContext http, IEnumerable<IEventFileReader> readers, EventImporter importer, string? format, string? version, string? dataset, string? fileName, CancellationToken ct)
    {
        if (readers.FirstOrDefault(r => string.Equals(r.Format, format, StringComparison.OrdinalIgnoreCase)) is not { } reader)
        {
            return ApiProblems.Validation(http, new Dictionary<string, string[]> { ["format"] = [format is null ? "required" : "unknown"] });
        }

        var by = http.User.Identity?.Name ?? "api";
        if (MediaTypeHeaderValue.TryParse(http.Request.ContentType, out var type) && type.MediaType.Equals("multipart/form-data", StringComparison.OrdinalIgnoreCase))
        {
            // Streamed section by section: the file goes to the importer as it arrives.
            var boundary = HeaderUtilities.RemoveQuotes(type.Boundary).Value;
            if (string.IsNullOrEmpty(boundary))
            {
                return ApiProblems.Validation(http, new Dictionary<string, string[]> { ["file"] = ["required"] });
            }

            var multipart = new MultipartReader(boundary, http.Request.Body) { BodyLengthLimit = null };
            while (await multipart.ReadNextSectionAsync(ct) is { } section)
            {
                if (section.GetContentDispositionHeader() is { } disposition && disposition.IsFileDisposition() && disposition.Name.Value == "file")
                {
                    var name = Path.GetFileName(disposition.FileName.Value ?? disposition.FileNameStar.Value ?? "upload");
                    return Answer(http, await importer.ImportAsync(reader, section.Body, new EventFile(name, Blank(version), Blank(dataset)), by, ct));
                }
            }

            return ApiProblems.Validation(http, new Dictionary<string, string[]> { ["file"] = ["required"] });
        }

        var file = new EventFile(Path.GetFileName(Blank(fileName) ?? "upload." + reader.Format), Blank(version), Blank(dataset));
        return Answer(http, await importer.ImportAsync(reader, http.Request.Body, file, by, ct));
    }

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    private static IResult Answer(HttpContext http, ImportReport report) => report.Outcome switch
    {
        ImportOutcome.Rejected => ApiProblems.Problem(http, StatusCodes.Status422UnprocessableEntity, "import-rejected",
            extensions: new Dictionary<string, object?>
            {
                ["problemCount"] = report.ProblemCount,
                ["problems"] = report.Problems.Select(p => new ImportProblemDto(p.Row, p.Column, p.Code, p.Value)).ToList(),
            }),
        _ => TypedResults.Ok(ImportReportDto.From(report)),
    };
}
