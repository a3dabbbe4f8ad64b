using HarmTaxonomy.Domain.Taxonomies.Publishing;
using HarmTaxonomy.Domain.Taxonomies.Versions;
using HarmTaxonomy.Web.Features.Taxonomies.Drafting;

namespace HarmTaxonomy.Web.Features.Taxonomies.Api;

/// <summary>
/// Reading releases: <c>GET /{slug}/versions</c>, <c>GET /{slug}/versions/{version}</c> (the canonical JSON, byte
/// for byte what the published SHA-256 covers), <c>GET /{slug}/diff?from=&amp;to=</c> and
/// <c>GET /{slug}/publication-plan</c>.
/// </summary>
public static class VersionReadEndpoints
{
    public static RouteGroupBuilder MapVersionReads(this RouteGroupBuilder group)
    {
        group.MapGet("/{slug}/versions", async (string slug, TaxonomyQueries queries, CancellationToken cancellationToken) =>
            TypedResults.Ok((await queries.RequireAsync(slug, cancellationToken)).Versions));

        group.MapGet("/{slug}/versions/{version}", async Task<IResult> (
            string slug, string version, HttpResponse response, TaxonomyQueries queries, CancellationToken cancellationToken) =>
        {
            var taxonomy = await queries.RequireAsync(slug, cancellationToken);
            var published = await queries.VersionAsync(taxonomy.Slug, version, cancellationToken);
            if (published is null)
            {
                return TypedResults.Problem(
                    statusCode: StatusCodes.Status404NotFound,
                    title: "Version not found",
                    detail: $"{slug} has no version '{version}'. Versions: {(taxonomy.Versions.Count == 0 ? "none yet" : string.Join(", ", taxonomy.Versions.Select(v => v.Version)))}.");
            }

            var canonical = CanonicalVersionJson.Serialize(CanonicalVersionJson.Build(
                published.Snapshot, published.Version, published.PreviousVersion, published.PublishedAt, published.Changelog));
            IfMatch.SetETag(response, published.Sha256);
            return TypedResults.Bytes(canonical, "application/json");
        });

        group.MapGet("/{slug}/diff", async Task<IResult> (string slug, string? from, string? to, TaxonomyQueries queries, CancellationToken cancellationToken) =>
        {
            if (string.IsNullOrWhiteSpace(from) || string.IsNullOrWhiteSpace(to))
            {
                return TaxonomyProblems.Missing(
                    string.IsNullOrWhiteSpace(from) ? "from" : "to",
                    $"Name both sides: ?from=1.0.0&to=1.1.0 (either may be '{TaxonomyQueries.Draft}').");
            }

            var taxonomy = await queries.RequireAsync(slug, cancellationToken);
            return TypedResults.Ok(await queries.DiffAsync(taxonomy, from.Trim(), to.Trim(), cancellationToken));
        });

        group.MapGet("/{slug}/publication-plan", async (string slug, TaxonomyQueries queries, TaxonomyWriter writer, CancellationToken cancellationToken) =>
        {
            var taxonomy = await queries.RequireAsync(slug, cancellationToken);
            return TypedResults.Ok(await writer.ReadAsync(taxonomy.Id, PublicationPlan.For, cancellationToken));
        });

        return group;
    }
}
