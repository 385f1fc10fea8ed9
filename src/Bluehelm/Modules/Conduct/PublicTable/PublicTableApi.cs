using Bluehelm.Platform.Http;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.Localization;
using Microsoft.Net.Http.Headers;

namespace Bluehelm.Modules.Conduct.PublicTable;

/// <summary>The PublicTable part's endpoints under <c>/api/v1/conduct</c>: <c>POST /conduct/imports</c>, the upload page's import for programs.</summary>
internal static class PublicTableApi
{
    public const string XlsxType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    public static void Map(RouteGroupBuilder api)
    {
        api.MapPost("/conduct/imports", Import)
            .WithName("Conduct_ImportTable")
            .WithSummary("Import an edition of the UN's table of allegations (.xlsx as multipart 'file', or as the body with ?fileName=): all rows or none; the same file twice adds nothing; a later edition updates what changed.")
            .RequireAuthorization(ConductPolicies.Import)
            .DisableAntiforgery()
            .Produces<TableImportDto>()
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge)
            .ProducesProblem(StatusCodes.Status415UnsupportedMediaType)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);
    }

    internal static async Task<IResult> Import(HttpContext http, ImportTable importer, IStringLocalizer<PublicTableText> text, string? fileName, CancellationToken ct)
    {
        if (http.Request.ContentLength > ImportTable.MaxBytes + TableUploadLimits.FormOverhead)
        {
            return TooLarge(http);
        }

        if (MediaTypeHeaderValue.TryParse(http.Request.ContentType, out var type) && type.MediaType.Equals("multipart/form-data", StringComparison.OrdinalIgnoreCase))
        {
            var boundary = HeaderUtilities.RemoveQuotes(type.Boundary).Value;
            if (string.IsNullOrEmpty(boundary))
            {
                return FileRequired(http);
            }

            var multipart = new MultipartReader(boundary, http.Request.Body);
            while (await multipart.ReadNextSectionAsync(ct) is { } section)
            {
                if (section.GetContentDispositionHeader() is { } disposition && disposition.IsFileDisposition() && disposition.Name.Value == "file")
                {
                    var name = Path.GetFileName(disposition.FileName.Value ?? disposition.FileNameStar.Value ?? "upload.xlsx");
                    return Answer(http, text, await importer.ImportAsync(section.Body, name, ct));
                }
            }

            return FileRequired(http);
        }

        if (http.Request.ContentLength is 0)
        {
            return FileRequired(http);
        }

        // The workbook as the body: sent as what it is, or as plain bytes; anything else (JSON, text) is not a workbook.
        if (type is not null && !type.MediaType.Equals(XlsxType, StringComparison.OrdinalIgnoreCase) && !type.MediaType.Equals("application/octet-stream", StringComparison.OrdinalIgnoreCase))
        {
            return ApiProblems.Problem(http, StatusCodes.Status415UnsupportedMediaType, "unsupported-media-type");
        }

        var file = string.IsNullOrWhiteSpace(fileName) ? "upload.xlsx" : Path.GetFileName(fileName.Trim());
        return Answer(http, text, await importer.ImportAsync(http.Request.Body, file, ct));
    }

    private static IResult FileRequired(HttpContext http) =>
        ApiProblems.Validation(http, new Dictionary<string, string[]> { ["file"] = ["required"] });

    private static IResult TooLarge(HttpContext http) =>
        ApiProblems.Problem(http, StatusCodes.Status413PayloadTooLarge, "too-large");

    private static IResult Answer(HttpContext http, IStringLocalizer<PublicTableText> text, TableImportReport report)
    {
        if (report.Ok)
        {
            return TypedResults.Ok(new TableImportDto(report.ImportId!.Value, report.FileName, report.Sha256, report.Rows, report.Added, report.Updated, report.Unchanged, report.MissionsAdded));
        }

        if (report.Problems is [{ Code: "file.too-large" }])
        {
            return TooLarge(http);
        }

        return ApiProblems.Problem(http, StatusCodes.Status422UnprocessableEntity, "import-rejected", text["api.rejected"],
            extensions: new Dictionary<string, object?>
            {
                ["problemCount"] = report.ProblemCount,
                ["problems"] = report.Problems.Select(p => new TableProblemDto(p.Row, p.Column, p.Code, p.Value)).ToList(),
            });
    }
}
