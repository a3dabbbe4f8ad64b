using HarmTaxonomy.Web.Infrastructure.Api;
using HarmTaxonomy.Web.Infrastructure.Auth;
using HarmTaxonomy.Web.Infrastructure.OAuth;
using Microsoft.AspNetCore.Mvc;

namespace HarmTaxonomy.Web.Features.Taxonomies.Api;

/// <summary>
/// The taxonomy API under <c>/api/v1/taxonomies</c>: reads need the scope <c>taxonomies.read</c>, writes
/// <c>taxonomies.write</c>. Writes take the draft version as <c>If-Match</c> and answer the next one as <c>ETag</c>;
/// refusals are ProblemDetails. docs/api.md describes every endpoint.
/// </summary>
public static class TaxonomyApi
{
    public const string Route = "/api/v1/taxonomies";

    public const long MaxBodyBytes = 1024 * 1024;

    public static IEndpointRouteBuilder MapTaxonomyApi(this IEndpointRouteBuilder endpoints)
    {
        // The browser's status-code pages re-run a refused request as the not-found page, which answers a POST
        // without a token with the page's antiforgery 400 instead of the 401; API clients get the real status.
        var read = endpoints.MapGroup(Route)
            .WithMetadata(new SkipStatusCodePagesAttribute())
            .RequireAuthorization(AuthorizationPolicies.Scope(ApiScopes.TaxonomiesRead))
            .AddEndpointFilter<JsonBodyFilter>()
            .AddEndpointFilter<TaxonomyApiFilter>()
            .WithTags("Taxonomies");
        var write = endpoints.MapGroup(Route)
            .WithMetadata(new SkipStatusCodePagesAttribute())
            // The largest legitimate body (a split into 20 parts of 10,000 characters) is far below this.
            .WithMetadata(new RequestSizeLimitAttribute(MaxBodyBytes))
            .RequireAuthorization(AuthorizationPolicies.Scope(ApiScopes.TaxonomiesWrite))
            .AddEndpointFilter<JsonBodyFilter>()
            .AddEndpointFilter<TaxonomyApiFilter>()
            .WithTags("Taxonomies");

        read.MapTaxonomyReads();
        read.MapVersionReads();
        write.MapTaxonomyWrites();
        write.MapCategoryWrites();
        write.MapMappingWrites();
        write.MapPublishing();

        // Anything else under the prefix (a category id that is not a GUID, a mistyped path) answers a problem, not
        // the HTML not-found page the browser routes fall back to.
        read.Map("/{**rest}", (HttpRequest request) => TaxonomyProblems.NoSuchEndpoint(request.Path));
        return endpoints;
    }
}
