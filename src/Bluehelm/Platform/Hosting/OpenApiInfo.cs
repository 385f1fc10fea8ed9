using Microsoft.AspNetCore.OpenApi;
using Bluehelm.Platform.Localization;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Localization;
using Microsoft.OpenApi;

namespace Bluehelm.Platform.Hosting;

/// <summary>Title, description, a relative server and the bearer scheme of the OpenAPI document.</summary>
internal sealed class OpenApiInfo : IOpenApiDocumentTransformer
{
    public Task TransformAsync(OpenApiDocument document, OpenApiDocumentTransformerContext context, CancellationToken cancellationToken)
    {
        document.Info.Title = "Bluehelm API";
        document.Info.Version = "v1";
        // The document is drawn per request, in the reader's language (cookie or Accept-Language);
        // the operations' summaries come from the code's XML comments and stay in English.
        var text = context.ApplicationServices.GetRequiredService<IStringLocalizer<SharedText>>();
        document.Info.Description = text["openapi.description"];
        // The framework would copy the request's scheme and Host header here; a relative server is
        // right behind any proxy and cannot be poisoned by a forged Host.
        document.Servers = [new OpenApiServer { Url = "/" }];
        document.Components ??= new OpenApiComponents();
        document.Components.SecuritySchemes ??= new Dictionary<string, IOpenApiSecurityScheme>(StringComparer.Ordinal);
        document.Components.SecuritySchemes["bearer"] = new OpenApiSecurityScheme
        {
            Type = SecuritySchemeType.Http,
            Scheme = "bearer",
            Description = "Token from POST /api/v1/auth/login",
        };
        document.Security ??= [];
        document.Security.Add(new OpenApiSecurityRequirement { [new OpenApiSecuritySchemeReference("bearer", document)] = [] });
        return Task.CompletedTask;
    }
}
