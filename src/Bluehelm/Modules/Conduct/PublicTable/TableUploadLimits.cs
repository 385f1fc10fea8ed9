using Bluehelm.Platform.Http;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;

namespace Bluehelm.Modules.Conduct.PublicTable;

/// <summary>
/// The table's two upload addresses take files up to <see cref="ImportTable.MaxBytes"/>, checked
/// before anything reads the body (the page's form is read by the antiforgery check, ahead of the
/// page). An upload announced above the limit gets 413 at once: the API a <c>too-large</c> problem,
/// the page itself shown in the user's language with the message (its body never read). A body
/// sent without a length is cut at the limit by the server; the importer counts too.
/// </summary>
internal sealed class TableUploadLimits : IStartupFilter
{
    public const string PagePath = "/conduct/import";
    public const string ApiPath = "/api/v1/conduct/imports";

    /// <summary>Set in <see cref="HttpContext.Items"/> when the page's upload was over the limit.</summary>
    public const string TooLargeKey = "conduct.table-upload-too-large";

    /// <summary>Room for the multipart boundaries and the form's other fields around the file.</summary>
    public const long FormOverhead = 64 * 1024;

    public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
    {
        app.Use(async (context, nextMiddleware) =>
        {
            var path = context.Request.Path;
            var page = path.Equals(PagePath, StringComparison.OrdinalIgnoreCase);
            if (HttpMethods.IsPost(context.Request.Method) && (page || path.Equals(ApiPath, StringComparison.OrdinalIgnoreCase)))
            {
                const long max = ImportTable.MaxBytes + FormOverhead;
                if (context.Request.ContentLength > max)
                {
                    if (!page)
                    {
                        await ApiProblems.Problem(context, StatusCodes.Status413PayloadTooLarge, "too-large").ExecuteAsync(context);
                        return;
                    }

                    context.Items[TooLargeKey] = true;
                    context.Request.Method = HttpMethods.Get;
                    context.Request.Headers.ContentType = default;
                    context.Request.Headers.ContentLength = null;
                    context.Request.Body = Stream.Null;
                }
                else if (context.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } size)
                {
                    size.MaxRequestBodySize = max;
                }
            }

            await nextMiddleware(context);
        });
        next(app);
    };
}
