using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Localization;

namespace Bluehelm.Platform.Hosting;

/// <summary>
/// How failures are answered: API callers get problem documents with a code, people get a short
/// page in their language; never a stack trace, unless a developer asks for one with
/// <c>Bluehelm:DetailedErrors=true</c> (off by default, in Development too: the developer page shows
/// every request header, Authorization and cookies included, to whoever caused the error).
/// </summary>
internal static partial class ErrorPages
{
    public const string DetailedErrorsSetting = "Bluehelm:DetailedErrors";

    public static bool IsApi(HttpContext context) => context.Request.Path.StartsWithSegments("/api", StringComparison.OrdinalIgnoreCase);

    public static WebApplication UseBluehelmErrorPages(this WebApplication app)
    {
        // In Development the host has already put the developer exception page in front of the
        // pipeline; this handler, inside it, answers first, so that page never sees the exception.
        if (!app.Configuration.GetValue(DetailedErrorsSetting, false))
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
                await BadRequestProblem(context, e).ExecuteAsync(context);
            }
            else
            {
                await Http.StatusPage.WriteAsync(context);
            }
        }
    }

    /// <summary>
    /// Says what is wrong with the request: JSON that does not parse or does not fit (with where),
    /// a query, route or header value that does not bind (naming the parameter), a body over the
    /// limit, or a body really cut short.
    /// </summary>
    internal static IResult BadRequestProblem(HttpContext context, BadHttpRequestException e)
    {
        var text = context.RequestServices.GetRequiredService<IStringLocalizer<Localization.SharedText>>();
        if (e.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            return Http.ApiProblems.Problem(context, e.StatusCode, "too-large");
        }

        if (e.StatusCode == StatusCodes.Status415UnsupportedMediaType)
        {
            return Http.ApiProblems.Problem(context, e.StatusCode, "unsupported-media-type");
        }

        if (e.InnerException is JsonException json)
        {
            var where = new Dictionary<string, object?>(StringComparer.Ordinal);
            if (!string.IsNullOrEmpty(json.Path))
            {
                where["path"] = json.Path;
            }

            if (json.LineNumber is { } line)
            {
                where["line"] = line + 1;
                where["position"] = (json.BytePositionInLine ?? 0) + 1;
            }

            var detail = json.LineNumber is { } l
                ? text["error.invalid-json.at", json.Path ?? "$", l + 1, (json.BytePositionInLine ?? 0) + 1].Value
                : null;
            return Http.ApiProblems.Problem(context, e.StatusCode, "invalid-json", detail, where);
        }

        if (BindFailure().Match(e.Message) is { Success: true } bind)
        {
            var parameter = bind.Groups["name"].Value;
            return Http.ApiProblems.Problem(
                context,
                e.StatusCode,
                "invalid-query-value",
                text["error.invalid-query-value.named", parameter].Value,
                new Dictionary<string, object?>(StringComparer.Ordinal) { ["parameter"] = parameter });
        }

        return Http.ApiProblems.Problem(context, e.StatusCode, "incomplete-body");
    }

    /// <summary>
    /// The framework's messages for a value that does not bind: <c>Failed to bind parameter "int page" from "x".</c>
    /// and <c>Required parameter "string mission" was not provided from query string.</c>
    /// </summary>
    [GeneratedRegex("^(?:Failed to bind|Required) parameter \"(?:[^\"]*\\s)?(?<name>[^\"\\s]+)\"")]
    private static partial Regex BindFailure();

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
