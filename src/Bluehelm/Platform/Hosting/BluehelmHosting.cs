using Bluehelm.Platform.Audit;
using Bluehelm.Platform.Data;
using Bluehelm.Platform.Identity;
using Bluehelm.Platform.Localization;
using Bluehelm.Platform.Modules;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace Bluehelm.Platform.Hosting;

/// <summary>
/// Wires Bluehelm into a host: the web app and the command line share <see cref="AddBluehelmCore"/>;
/// each module contributes its part through <see cref="BluehelmModule"/>.
/// </summary>
public static class BluehelmHosting
{
    /// <summary>Everything but HTTP: options, database, identity stores, audit, the modules' services.</summary>
    public static IServiceCollection AddBluehelmCore(this IServiceCollection services, IConfiguration configuration, IReadOnlyList<BluehelmModule> modules)
    {
        var catalog = new ModuleCatalog(modules);
        services.AddSingleton(catalog);
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
            // Interceptors a module or a host registers (IInterceptor) see every command and save.
            options.AddInterceptors(sp.GetServices<Microsoft.EntityFrameworkCore.Diagnostics.IInterceptor>());
        });
        services.AddScoped(sp =>
        {
            var db = sp.GetRequiredService<IDbContextFactory<BluehelmDbContext>>().CreateDbContext();
            db.Audit = sp.GetRequiredService<AuditContext>();
            return db;
        });

        services.AddBluehelmIdentity();

        // Sign-in cookies, bearer tokens and account tokens must survive a restart and be valid on every server.
        services.AddBluehelmDataProtection(configuration);

        // Identity fields (victims, reporters, phones) are sealed with keys of their own, outside the database.
        services.AddOptions<Sealing.SealingOptions>().Bind(configuration.GetSection(Sealing.SealingOptions.Section));
        services.AddSingleton<Sealing.Sealer>();
        services.AddSingleton<Sealing.ISealer>(sp => sp.GetRequiredService<Sealing.Sealer>());
        services.AddScoped<Sealing.SealingStartup>();

        services.AddScoped<UserAdmin>();
        services.AddScoped<DemoUsers>();
        services.AddSingleton<DatabaseInitializer>();
        services.AddLocalization();
        services.AddAuthorizationCore(options =>
        {
            Policies.Add(options);
            foreach (var module in catalog.Modules)
            {
                module.AddPolicies(options);
            }
        });
        foreach (var module in catalog.Modules)
        {
            module.AddServices(services, configuration);
        }

        return services;
    }

    /// <summary>The web application: the core, the modules' jobs, authentication, pages, API, localization, health, OpenAPI.</summary>
    public static WebApplicationBuilder AddBluehelm(this WebApplicationBuilder builder, IReadOnlyList<BluehelmModule> modules)
    {
        builder.UseBluehelmStaticAssets();
        var services = builder.Services;
        services.AddBluehelmCore(builder.Configuration, modules);
        if (!BuildTimeDocument.IsRunning)
        {
            foreach (var module in modules)
            {
                module.AddJobs(services);
            }
        }

        // The demo (known accounts for every role) only where a developer runs it, or when asked.
        services.AddOptions<BluehelmOptions>().PostConfigure<IConfiguration, IHostEnvironment>((o, configuration, environment) =>
        {
            if (string.IsNullOrEmpty(configuration[BluehelmOptions.Section + ":" + nameof(BluehelmOptions.SeedDemo)]))
            {
                o.SeedDemo = environment.IsDevelopment();
            }
        });

        services.AddBluehelmForwardedHeaders(builder.Configuration);
        services.AddBluehelmCompression();
        services.AddScoped<AuditLabels>();

        // Malformed JSON or query values reach UseBluehelmBadRequestBodies as exceptions saying what
        // is wrong, in every environment, instead of an empty 400.
        services.Configure<RouteHandlerOptions>(o => o.ThrowOnBadRequest = true);
        services.AddBluehelmAuthentication();
        services.AddBluehelmLocalization();
        services.AddCascadingAuthenticationState();
        services.AddHttpContextAccessor();
        services.AddAntiforgery(o => o.Cookie.Name = ".Bluehelm.Antiforgery");
        services.AddRazorComponents();
        services.AddProblemDetails();
        services.AddOpenApi("v1", o => o.AddDocumentTransformer<OpenApiInfo>());
        services.AddHealthChecks().AddDbContextCheck<BluehelmDbContext>("database", tags: ["ready"]);
        services.Configure<Microsoft.AspNetCore.Http.Json.JsonOptions>(o =>
            o.SerializerOptions.Converters.Add(new System.Text.Json.Serialization.JsonStringEnumConverter(System.Text.Json.JsonNamingPolicy.KebabCaseLower)));
        return builder;
    }

    /// <summary>The request pipeline and every endpoint, the modules' included.</summary>
    public static WebApplication UseBluehelm<TApp>(this WebApplication app)
    {
        app.UseBluehelmSecurityHeaders();
        app.UseBluehelmCompression();
        app.UseBluehelmErrorPages();
        app.UseRequestLocalization();
        app.UseBluehelmBadRequestBodies();
        app.UseBluehelmStatusPages();
        app.UseRateLimiter();
        app.UseAuthentication();
        app.Use(AttachAuditContext);
        app.UseAuthorization();
        app.UseAntiforgery();
        app.UseWhen(ctx => !ErrorPages.IsApi(ctx), pages => pages.Use(Http.StatusPage.CheckFormAntiforgery));

        app.MapStaticAssets().AllowAnonymous();
        app.MapOpenApi().AllowAnonymous();
        ApiReference.Map(app);
        app.MapHealthChecks("/health/live", new HealthCheckOptions { Predicate = _ => false }).AllowAnonymous();
        app.MapHealthChecks("/health/ready", new HealthCheckOptions { Predicate = c => c.Tags.Contains("ready") }).AllowAnonymous();
        app.MapCultureSwitch();

        var api = app.MapGroup("/api/v1");
        AccountEndpoints.Map(api, app);
        AuditEndpoints.Map(api);
        Maps.OutlineEndpoints.Map(api);
        var catalog = app.Services.GetRequiredService<ModuleCatalog>();
        foreach (var module in catalog.Modules)
        {
            module.MapEndpoints(api);
            module.MapRoutes(app);
        }

        var pageAssemblies = catalog.Modules.Select(m => m.PagesAssembly).Append(typeof(BluehelmHosting).Assembly).Distinct().ToArray();
        app.MapRazorComponents<TApp>()
            .AddAdditionalAssemblies([.. pageAssemblies.Where(a => a != typeof(TApp).Assembly)])
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
}
