using Microsoft.AspNetCore.Mvc;
using Scalar.AspNetCore;

namespace HarmTaxonomy.Web.Infrastructure.OpenApi;

/// <summary>
/// The OpenAPI document of <c>/api/v1</c> at <c>/openapi/v1.json</c> and its interactive reference (Scalar) at
/// <c>/api/docs</c>, both public. Only <c>/api/v1</c> is described: pages, account forms, the OAuth server, hubs and
/// health checks are not part of the API a client programs against.
/// </summary>
public static class ApiReference
{
    public const string DocumentName = "v1";
    public const string DocumentRoute = "/openapi/{documentName}.json";
    public const string DocumentPath = "/openapi/v1.json";
    public const string PagePath = "/api/docs";
    public const string ApiPrefix = "api/v1/";

    public static IServiceCollection AddApiReference(this IServiceCollection services) =>
        services.AddOpenApi(DocumentName, options =>
        {
            options.ShouldInclude = description => description.RelativePath?.StartsWith(ApiPrefix, StringComparison.OrdinalIgnoreCase) == true;
            options.AddDocumentTransformer<ApiSecuritySchemes>();
            options.AddOperationTransformer<ExampleOperationTransformer>();
        });

    public static IEndpointRouteBuilder MapApiReference(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapOpenApi(DocumentRoute).AllowAnonymous();
        endpoints.MapScalarApiReference(PagePath, options => options
                .WithTitle("HarmTaxonomy API")
                .WithOpenApiRoutePattern(DocumentRoute)
                // The machine that serves the app may have no internet: the page, its script and its fonts come from here.
                .DisableDefaultFonts()
                .DisableAgent()
                .WithNonce()
                .AddPreferredSecuritySchemes([ApiSecuritySchemes.OAuth2]))
            .AllowAnonymous()
            // Under /api: a missing asset is a plain 404, not the app's not-found page.
            .WithMetadata(new SkipStatusCodePagesAttribute())
            .AddEndpointFilter(ScalarContentSecurity.ApplyAsync);
        return endpoints;
    }
}
