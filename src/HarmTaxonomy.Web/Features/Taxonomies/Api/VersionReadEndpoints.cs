using HarmTaxonomy.Domain.Taxonomies.Publishing;
using HarmTaxonomy.Web.Features.Taxonomies.Drafting;

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
        });

        return group;
    }
}
