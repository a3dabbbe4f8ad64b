using HarmTaxonomy.Domain.Taxonomies.Provenance;
using HarmTaxonomy.Web.Features.Taxonomies.Api;
using HarmTaxonomy.Web.Features.Taxonomies.Drafting;
using Microsoft.AspNetCore.Mvc;

namespace HarmTaxonomy.Web.Features.Researching.Provenance;

/// <summary>
/// <c>GET /api/v1/taxonomies/{slug}/versions/{version}/sessions</c>: the aggregate results of the sessions whose
/// accepted proposals a published version contains, with the acceptance rule and the curators. Published content is
/// public, so no token is needed (one is still accepted); the answer holds aggregates only, never who voted how.
/// </summary>
public static class VersionSessionsEndpoint
{
    public const string Pattern = TaxonomyApi.Route + "/{slug}/versions/{version}/sessions";

    public static IEndpointRouteBuilder MapVersionSessions(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet(Pattern, async Task<IResult> (
                string slug, string version, TaxonomyQueries taxonomies, ProvenanceQueries provenance, CancellationToken cancellationToken) =>
            {
                var taxonomy = await taxonomies.FindAsync(slug, cancellationToken);
                if (taxonomy is null)
                {
                    return TaxonomyProblems.UnknownTaxonomy(slug);
                }

                var found = await provenance.ForVersionAsync(taxonomy.Slug, version, cancellationToken);
                return found is null
                    ? TypedResults.Problem(
                        statusCode: StatusCodes.Status404NotFound,
                        title: "Version not found",
                        detail: $"{slug} has no version '{version}'. Versions: {(taxonomy.Versions.Count == 0 ? "none yet" : string.Join(", ", taxonomy.Versions.Select(published => published.Version)))}.")
                    : TypedResults.Ok(ProvenanceDocument.From(found));
            })
            .AllowAnonymous()
            // API clients get the real status, not the browser's not-found page.
            .WithMetadata(new SkipStatusCodePagesAttribute())
            .WithTags("Research")
            .WithName("GetVersionSessions")
            .WithSummary("Aggregate session results of a published version")
            .Produces<ProvenanceDocument>()
            .ProducesProblem(StatusCodes.Status404NotFound);
        return endpoints;
    }
}
