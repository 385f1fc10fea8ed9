using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Hosting;

namespace Bluehelm.Platform.Hosting;

/// <summary>
/// How failures are answered: API callers get problem documents with a code, people get a short
/// page in their language; never a stack trace outside Development.
/// </summary>
internal static class ErrorPages
{
    public static bool IsApi(HttpContext context) => context.Request.Path.StartsWithSegments("/api", StringComparison.OrdinalIgnoreCase);

    public static WebApplication UseBluehelmErrorPages(this WebApplication app)
    {
        if (!app.Environment.IsDevelopment())
        {
            app.UseExceptionHandler(failed => failed.Run(async ctx =>
            {
                ctx.Response.StatusCode = StatusCodes.Status500InternalServerError;
                if (IsApi(ctx))
                {
                    await Http.ApiProblems.Problem(ctx, StatusCodes.Status500InternalServerError, "error").ExecuteAsync(ctx);
                }
                else
                {
                    await Http.StatusPage.WriteAsync(ctx);
                }
            }));
        }

        return app;
    }

    public static WebApplication UseBluehelmStatusPages(this WebApplication app)
    {
        app.UseWhen(IsApi, api => api.UseStatusCodePages(ApiStatusProblems));
        app.UseWhen(ctx => !IsApi(ctx), pages => pages.UseStatusCodePages(Http.StatusPage.WriteAsync));
        return app;
    }

    /// <summary>
    /// A body cut short (a client gone mid-upload on a poor link) or over Kestrel's limits is the
    /// client's error: a localized 400/413, not a 500 with an error in the log.
    /// </summary>
    public static WebApplication UseBluehelmBadRequestBodies(this WebApplication app)
    {
        app.Use(AnswerBadRequestBodies);
        return app;
    }

    private static async Task AnswerBadRequestBodies(HttpContext context, RequestDelegate next)
    {
        try
        {
            await next(context);
        }
        catch (BadHttpRequestException e) when (!context.Response.HasStarted)
        {
            context.Response.Clear();
            context.Response.StatusCode = e.StatusCode;
            if (IsApi(context))
            {
                var code = e.StatusCode == StatusCodes.Status413PayloadTooLarge ? "too-large" : "incomplete-body";
                await Http.ApiProblems.Problem(context, e.StatusCode, code).ExecuteAsync(context);
            }
            else
            {
                await Http.StatusPage.WriteAsync(context);
            }
        }
    }

    /// <summary>API errors without a body get a problem document with a code.</summary>
    private static async Task ApiStatusProblems(Microsoft.AspNetCore.Diagnostics.StatusCodeContext ctx)
    {
        var http = ctx.HttpContext;
        var code = http.Response.StatusCode switch
        {
            StatusCodes.Status401Unauthorized => "unauthenticated",
            StatusCodes.Status403Forbidden => "forbidden",
            StatusCodes.Status404NotFound => "not-found",
            StatusCodes.Status405MethodNotAllowed => "method-not-allowed",
            StatusCodes.Status413PayloadTooLarge => "too-large",
            StatusCodes.Status415UnsupportedMediaType => "unsupported-media-type",
            _ => "error",
        };
        await Http.ApiProblems.Problem(http, http.Response.StatusCode, code).ExecuteAsync(http);
    }
}
