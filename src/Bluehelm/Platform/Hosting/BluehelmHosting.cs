using System.Net;
using Bluehelm.Modules.Alerts;
using Bluehelm.Modules.Missions;
using Bluehelm.Platform.Audit;
using Bluehelm.Platform.Data;
using Bluehelm.Platform.Identity;
using Bluehelm.Platform.Localization;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.AspNetCore.DataProtection.Repositories;
using Microsoft.Extensions.Logging;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Localization;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using Scalar.AspNetCore;

namespace Bluehelm.Platform.Hosting;

/// <summary>Wires Bluehelm into a host: the web app and the command line share <see cref="AddBluehelmCore"/>.</summary>
public static class BluehelmHosting
{
    /// <summary>Everything but HTTP: options, database, identity stores, audit, modules' services.</summary>
    public static IServiceCollection AddBluehelmCore(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<BluehelmOptions>().Bind(configuration.GetSection(BluehelmOptions.Section));
        services.TryAddSingleton(TimeProvider.System);
        services.AddScoped(sp => new AuditContext(sp.GetRequiredService<TimeProvider>()));
        // Pooled: a context and its EF services are built once and reused, not per request (measured:
        // building them was about a tenth of the server's CPU per alert). The scope's audit context
        // (who acts, from where) is attached for the lease and detached when the scope disposes it.
        services.AddPooledDbContextFactory<BluehelmDbContext>((sp, options) =>
        {
            DatabaseRegistration.Configure(options, sp.GetRequiredService<IOptions<BluehelmOptions>>().Value);
            options.AddInterceptors(new SqlitePragmas());
        });
        services.AddScoped(sp =>
        {
            var db = sp.GetRequiredService<IDbContextFactory<BluehelmDbContext>>().CreateDbContext();
            db.Audit = sp.GetRequiredService<AuditContext>();
            return db;
        });

        services.AddIdentityCore<BluehelmUser>(o =>
            {
                o.User.RequireUniqueEmail = true;
                o.Password.RequiredLength = 12;
                o.Password.RequireDigit = true;
                o.Password.RequireLowercase = true;
                o.Password.RequireUppercase = true;
                o.Password.RequireNonAlphanumeric = true;
                o.Password.RequiredUniqueChars = 6;
                o.Lockout.AllowedForNewUsers = true;
                o.Lockout.MaxFailedAccessAttempts = 5;
                o.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(15);
            })
            .AddRoles<BluehelmRole>()
            .AddEntityFrameworkStores<BluehelmDbContext>()
            .AddSignInManager()
            .AddDefaultTokenProviders()
            .AddClaimsPrincipalFactory<BluehelmClaimsFactory>();

        // Sign-in cookies, bearer tokens and account tokens must survive a restart: keep the keys with the data.
        services.AddDataProtection().SetApplicationName("Bluehelm");
        services.AddOptions<KeyManagementOptions>().Configure<IOptions<BluehelmOptions>, ILoggerFactory>((keys, settings, logs) =>
            keys.XmlRepository = new FileSystemXmlRepository(new DirectoryInfo(Path.Combine(settings.Value.ResolveDataDirectory(), "keys")), logs));

        services.AddScoped<UserAdmin>();
        services.AddSingleton<DatabaseInitializer>();
        services.AddLocalization();
        services.AddMissionsModule();
        services.AddAlertsModule();
        return services;
    }

    /// <summary>The web application: authentication, pages, API, localization, health, OpenAPI.</summary>
    public static WebApplicationBuilder AddBluehelm(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddBluehelmCore(builder.Configuration);
        services.AddAlertsJobs();

        services.AddAuthentication(o =>
            {
                o.DefaultScheme = AuthSchemes.CookieOrBearer;
                o.DefaultChallengeScheme = AuthSchemes.CookieOrBearer;
            })
            .AddPolicyScheme(AuthSchemes.CookieOrBearer, "Cookie or bearer token", o =>
                o.ForwardDefaultSelector = ctx =>
                    ctx.Request.Headers.Authorization.ToString().StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase)
                        ? IdentityConstants.BearerScheme
                        : IdentityConstants.ApplicationScheme)
            .AddBearerToken(IdentityConstants.BearerScheme, o => o.BearerTokenExpiration = TimeSpan.FromHours(8))
            .AddIdentityCookies(cookies => cookies.ApplicationCookie?.Configure(o =>
            {
                o.LoginPath = "/account/login";
                o.LogoutPath = "/account/logout";
                o.AccessDeniedPath = "/account/denied";
                o.Cookie.Name = ".Bluehelm.Session";
                o.Cookie.HttpOnly = true;
                o.Cookie.SameSite = SameSiteMode.Lax;
                o.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
                o.ExpireTimeSpan = TimeSpan.FromHours(12);
                o.SlidingExpiration = true;
                o.Events.OnRedirectToLogin = ctx => ApiOrRedirect(ctx, StatusCodes.Status401Unauthorized);
                o.Events.OnRedirectToAccessDenied = ctx => ApiOrRedirect(ctx, StatusCodes.Status403Forbidden);
            }));
        services.AddSingleton<IPostConfigureOptions<Microsoft.AspNetCore.Authentication.BearerToken.BearerTokenOptions>, BearerTicketCache.Install>();

        // French pages would otherwise escape every accented letter (&#xE9;), which bloats pages on a satellite link.
        services.AddWebEncoders(o => o.TextEncoderSettings = new System.Text.Encodings.Web.TextEncoderSettings(System.Text.Unicode.UnicodeRanges.All));
        services.AddAuthorization(Policies.Add);
        services.AddCascadingAuthenticationState();
        services.AddHttpContextAccessor();
        services.AddAntiforgery(o => o.Cookie.Name = ".Bluehelm.Antiforgery");
        services.AddRazorComponents();
        services.AddProblemDetails();
        services.AddOpenApi("v1", o => o.AddDocumentTransformer<OpenApiInfo>());
        services.AddHealthChecks().AddDbContextCheck<BluehelmDbContext>("database", tags: ["ready"]);
        services.Configure<RequestLocalizationOptions>(o =>
        {
            o.SetDefaultCulture("en").AddSupportedCultures([.. Cultures.Supported]).AddSupportedUICultures([.. Cultures.Supported]);
            o.FallBackToParentCultures = true;
            o.FallBackToParentUICultures = true;
            o.RequestCultureProviders =
            [
                new CookieRequestCultureProvider { CookieName = Cultures.CookieName },
                new AcceptLanguageHeaderRequestCultureProvider(),
            ];
        });
        services.Configure<Microsoft.AspNetCore.Http.Json.JsonOptions>(o =>
            o.SerializerOptions.Converters.Add(new System.Text.Json.Serialization.JsonStringEnumConverter(System.Text.Json.JsonNamingPolicy.KebabCaseLower)));
        return builder;
    }

    /// <summary>The request pipeline and every endpoint.</summary>
    public static WebApplication UseBluehelm<TApp>(this WebApplication app)
    {
        if (!app.Environment.IsDevelopment())
        {
            // A failure never shows a stack trace: a problem document for the API, a short page for people.
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

        app.UseRequestLocalization();
        app.Use(AnswerBadRequestBodies);

        // API callers get problem documents; people get a page in their language.
        app.UseWhen(IsApi, api => api.UseStatusCodePages(ApiStatusProblems));
        app.UseWhen(ctx => !IsApi(ctx), pages => pages.UseStatusCodePages(Http.StatusPage.WriteAsync));
        app.UseAuthentication();
        app.Use(AttachAuditContext);
        app.UseAuthorization();
        app.UseAntiforgery();
        app.UseWhen(ctx => !IsApi(ctx), pages => pages.Use(Http.StatusPage.CheckFormAntiforgery));

        app.MapStaticAssets().AllowAnonymous();
        app.MapOpenApi().AllowAnonymous();
        app.MapScalarApiReference("/api/reference", o => o.WithTitle("Bluehelm API").WithOpenApiRoutePattern("/openapi/{documentName}.json")).AllowAnonymous();
        app.MapHealthChecks("/health/live", new HealthCheckOptions { Predicate = _ => false }).AllowAnonymous();
        app.MapHealthChecks("/health/ready", new HealthCheckOptions { Predicate = c => c.Tags.Contains("ready") }).AllowAnonymous();
        app.MapCultureSwitch();

        var api = app.MapGroup("/api/v1");
        AccountEndpoints.Map(api, app);
        AuditEndpoints.Map(api);
        api.MapMissionsModule();
        api.MapAlertsModule();

        app.MapRazorComponents<TApp>()
            .AddAdditionalAssemblies(typeof(BluehelmHosting).Assembly)
            .Add(endpoint =>
            {
                // Blazor's own redirect helper for enhanced navigation carries no data; every page
                // declares its own policy with [Authorize] or [AllowAnonymous].
                if (endpoint is RouteEndpointBuilder { RoutePattern.RawText: "/_framework/opaque-redirect" })
                {
                    endpoint.Metadata.Add(new Microsoft.AspNetCore.Authorization.AllowAnonymousAttribute());
                }
            });
        return app;
    }

    private static Task ApiOrRedirect(Microsoft.AspNetCore.Authentication.RedirectContext<Microsoft.AspNetCore.Authentication.Cookies.CookieAuthenticationOptions> ctx, int status)
    {
        if (ctx.Request.Path.StartsWithSegments("/api", StringComparison.OrdinalIgnoreCase))
        {
            ctx.Response.StatusCode = status;
            return Task.CompletedTask;
        }

        ctx.Response.Redirect(ctx.RedirectUri);
        return Task.CompletedTask;
    }

    private static async Task AttachAuditContext(HttpContext context, RequestDelegate next)
    {
        var audit = context.RequestServices.GetRequiredService<AuditContext>();
        var ip = context.Connection.RemoteIpAddress;
        audit.Origin = ip is null ? "unknown" : (ip.IsIPv4MappedToIPv6 ? ip.MapToIPv4() : ip).ToString();
        if (context.User.Identity?.IsAuthenticated == true)
        {
            audit.UserId = context.User.UserId();
            audit.Actor = context.User.Identity.Name ?? "unknown";
        }
        else
        {
            audit.Actor = "anonymous";
        }

        await next(context);
    }

    /// <summary>
    /// A body cut short (a client gone mid-upload on a poor link) or over Kestrel's limits is the
    /// client's error: a localized 400/413, not a 500 with an error in the log.
    /// </summary>
    private static async Task AnswerBadRequestBodies(HttpContext context, RequestDelegate next)
    {
        try
        {
            await next(context);
        }
        catch (Microsoft.AspNetCore.Http.BadHttpRequestException e) when (!context.Response.HasStarted)
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

    private static bool IsApi(HttpContext context) => context.Request.Path.StartsWithSegments("/api", StringComparison.OrdinalIgnoreCase);

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

/// <summary>Authentication scheme names.</summary>
public static class AuthSchemes
{
    /// <summary>Forwards to the bearer handler when an Authorization header is present, else to the cookie.</summary>
    public const string CookieOrBearer = "cookie-or-bearer";
}
