using HarmTaxonomy.Domain.Taxonomies.Publishing;
using HarmTaxonomy.Web.Features.Researching;
using HarmTaxonomy.Web.Features.Taxonomies.Drafting;
using HarmTaxonomy.Web.Infrastructure.OpenApi;

namespace HarmTaxonomy.Web.Features.Taxonomies.Api;

/// <summary>
/// Reading what the next release would be: <c>GET /{slug}/publication-plan</c>. Published versions, their downloads
/// and diffs are public and live with the research endpoints (<c>Features/Researching</c>).
/// </summary>
public static class VersionReadEndpoints
{
    public static RouteGroupBuilder MapVersionReads(this RouteGroupBuilder group)
    {
        group.MapGet("/{slug}/publication-plan", async (string slug, TaxonomyQueries queries, TaxonomyWriter writer, CancellationToken cancellationToken) =>
        {
            var taxonomy = await queries.RequireAsync(slug, cancellationToken);
            return TypedResults.Ok(await writer.ReadAsync(taxonomy.Id, PublicationPlan.For, cancellationToken));
        })
            .Documented(
                "Plan the next release",
                "What publishing the draft now would mean: the diff from the latest version, the smallest version number the changes allow, a suggested number and changelog, and whether publishing is possible (`whyNot` when not).")
            .Returns(ResearchExamples.Plan)
            .Fails(StatusCodes.Status404NotFound);

        return group;
    }
}
