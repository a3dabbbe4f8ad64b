using HarmTaxonomy.Web.Features.Taxonomies.Api;
using Microsoft.AspNetCore.Mvc;

namespace HarmTaxonomy.Web.Features.Researching;

/// <summary>
/// The public side of <c>/api/v1/taxonomies</c>: reads of published versions, open to anyone (a token is accepted, not
/// needed), answering problems rather than the browser's HTML pages, and with the taxonomy API's refusals.
/// </summary>
public static class PublishedVersionRoutes
{
    public static RouteGroupBuilder Group(IEndpointRouteBuilder endpoints) =>
        endpoints.MapGroup(TaxonomyApi.Route)
            .AllowAnonymous()
            .WithMetadata(new SkipStatusCodePagesAttribute())
            .AddEndpointFilter<TaxonomyApiFilter>()
            .WithTags("Published versions");
}
